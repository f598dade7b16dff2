package org.kotmai.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the node's configuration directory ({@code ES_PATH_CONF}) afresh at every start, so changed application
 * properties always take effect and the unpacked distribution is never modified.
 */
final class NodeConfig {

    private NodeConfig() {
    }

    static void write(ManagedNodeSettings settings, Path home) {
        NodeLayout layout = settings.layout();
        try {
            for (Path dir : List.of(layout.config(), layout.config().resolve("jvm.options.d"), layout.data(),
                    layout.logs(), layout.tmp(), layout.run())) {
                Files.createDirectories(dir);
            }
            for (String file : List.of("jvm.options", "log4j2.properties")) {
                Files.copy(home.resolve("config").resolve(file), layout.config().resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(layout.config().resolve("jvm.options.d/heap.options"),
                    "-Xms" + settings.heap() + "\n-Xmx" + settings.heap() + "\n");
            Files.writeString(layout.config().resolve("elasticsearch.yml"), yaml(nodeSettings(settings)));
        } catch (IOException e) {
            throw new ManagedNodeException("Cannot write the Elasticsearch configuration under " + layout.node()
                    + ": " + e.getMessage() + ". Check that kotmai.data-dir is writable.", e);
        }
    }

    /**
     * Only settings the minimal integ-test distribution knows: it lacks most x-pack modules, and Elasticsearch
     * refuses to start on any setting no installed module registers.
     */
    private static Map<String, String> nodeSettings(ManagedNodeSettings settings) {
        NodeLayout layout = settings.layout();
        Map<String, String> yml = new LinkedHashMap<>();
        yml.put("cluster.name", ManagedNode.CLUSTER_NAME);
        yml.put("node.name", "kotmai");
        yml.put("path.data", layout.data().toString());
        yml.put("path.logs", layout.logs().toString());
        yml.put("network.host", "127.0.0.1");
        yml.put("http.port", Integer.toString(settings.port()));
        yml.put("transport.port", "0");
        yml.put("discovery.type", "single-node");
        yml.put("xpack.security.enabled", "false");
        yml.putAll(settings.extraSettings());
        return yml;
    }

    private static String yaml(Map<String, String> settings) {
        StringBuilder out = new StringBuilder("# Written by Kotmai at every start; edits are overwritten.\n");
        settings.forEach((key, value) -> out.append(key).append(": \"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
        return out.toString();
    }
}
