package org.kotmai.elasticsearch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One index as declared in a resource {@code <name>.json}: the body of a create-index request (settings and
 * mappings) whose {@code mappings._meta.version} says which revision it is. Bumping the version is how a mapping
 * change is rolled out.
 *
 * @param name    logical name, the file name without {@code .json}
 * @param version revision from {@code mappings._meta.version}, 1 or more
 * @param body    the resource content, sent as is when the index is created
 * @param source  description of the resource, for error messages
 * @param refreshInterval the {@code settings.refresh_interval} it declares, or null for the default
 * @param derived whether {@code mappings._meta.derived} is true: its documents are derived by the application from
 *                other data, so a new version starts empty instead of receiving copies in a shape it may not accept
 */
record IndexDefinition(String name, int version, byte[] body, String source, String refreshInterval,
        boolean derived) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    static IndexDefinition read(Resource resource, JsonMapper json) {
        String file = resource.getFilename();
        String source = resource.getDescription();
        if (file == null || !file.endsWith(".json")) {
            throw new IndexSetupException(source + " is not a .json index definition.");
        }
        String name = file.substring(0, file.length() - ".json".length());
        if (!NAME.matcher(name).matches()) {
            throw new IndexSetupException("Index definition " + source + ": the file name must be lowercase"
                    + " letters, digits, '_' or '-' (it becomes the index name).");
        }
        byte[] body;
        JsonNode root;
        try (InputStream in = resource.getInputStream()) {
            body = in.readAllBytes();
            root = json.readTree(body);
        } catch (IOException | JacksonException e) {
            throw new IndexSetupException("Index definition " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        JsonNode version = root.path("mappings").path("_meta").path("version");
        if (!version.isInt() || version.asInt() < 1) {
            throw new IndexSetupException("Index definition " + source + " needs an integer mappings._meta.version"
                    + " of 1 or more; increase it whenever the settings or mappings change.");
        }
        JsonNode settings = root.path("settings");
        JsonNode refresh = settings.has("refresh_interval") ? settings.path("refresh_interval")
                : settings.path("index").path("refresh_interval");
        boolean derived = root.path("mappings").path("_meta").path("derived").asBoolean(false);
        return new IndexDefinition(name, version.asInt(), body, source,
                refresh.isValueNode() ? refresh.asString() : null, derived);
    }

    InputStream bodyStream() {
        return new ByteArrayInputStream(body);
    }
}
