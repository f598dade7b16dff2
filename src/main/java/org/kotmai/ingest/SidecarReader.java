package org.kotmai.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the optional sidecar {@code <file>.meta.yaml} that supplies what a law's text cannot:
 * <pre>
 * title: พระราชบัญญัติ… พ.ศ. ๒๕๖๒
 * type: ACT                 # an InstrumentType name, its Thai name, or its OCS code (1B)
 * status: IN_FORCE          # IN_FORCE | AWAITING_COMMENCEMENT | REPEALED
 * agency: กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
 * sourceUrl: https://…
 * sourceId: ABC-123
 * effectiveDate: 2020-05-28
 * subjectGroups: [เทคโนโลยี]
 * </pre>
 */
final class SidecarReader {

    static final String SUFFIX = ".meta.yaml";
    private static final Set<String> FIELDS = Set.of("title", "type", "status", "agency", "sourceUrl", "sourceId",
            "effectiveDate", "subjectGroups");

    private SidecarReader() {
    }

    static Path sidecarOf(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    /** The metadata of {@code file}'s sidecar, or empty metadata when it has none. */
    static SourceMetadata read(Path file) throws IngestException {
        Path sidecar = sidecarOf(file);
        if (!Files.isRegularFile(sidecar)) {
            return SourceMetadata.empty();
        }
        Object loaded;
        try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (MarkedYAMLException e) {
            throw new IngestException(sidecar.getFileName() + " line " + (e.getProblemMark().getLine() + 1)
                    + ": not valid YAML (" + e.getProblem() + "). Fix the sidecar; the law was not re-catalogued.", e);
        } catch (YAMLException | IOException e) {
            throw new IngestException(sidecar.getFileName() + ": cannot be read (" + e.getMessage() + ").", e);
        }
        if (loaded == null) {
            return SourceMetadata.empty();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IngestException(sidecar.getFileName() + ": expected 'field: value' lines, found "
                    + loaded.getClass().getSimpleName() + ".");
        }
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new IngestException(sidecar.getFileName() + ": unknown field '" + key + "'. Known fields: "
                        + FIELDS + ".");
            }
        }
        String name = sidecar.getFileName().toString();
        return new SourceMetadata(text(map, "title"), type(name, text(map, "type")), text(map, "sourceId"),
                text(map, "sourceUrl"), groups(map.get("subjectGroups")), status(name, text(map, "status")),
                text(map, "agency"), date(name, map.get("effectiveDate")));
    }

    private static String text(Map<?, ?> map, String field) {
        Object value = map.get(field);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).trim();
    }

    private static List<String> groups(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::trim).toList();
        }
        return List.of(String.valueOf(value).trim());
    }

    private static InstrumentType type(String sidecar, String value) throws IngestException {
        if (value == null) {
            return null;
        }
        for (InstrumentType type : InstrumentType.values()) {
            if (type.name().equalsIgnoreCase(value) || type.thaiName().equals(value) || value.equals(type.ocsCode())
                    || type.slug().equals(value.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IngestException(sidecar + ": field 'type' has unknown value '" + value + "'. Use one of "
                + Arrays.toString(InstrumentType.values()) + ", a Thai name such as พระราชบัญญัติ, or an OCS code.");
    }

    private static LawStatus status(String sidecar, String value) throws IngestException {
        if (value == null) {
            return null;
        }
        try {
            return LawStatus.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IngestException(sidecar + ": field 'status' has unknown value '" + value + "'. Use one of "
                    + Arrays.toString(LawStatus.values()) + ".", e);
        }
    }

    private static LocalDate date(String sidecar, Object value) throws IngestException {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).trim());
        } catch (DateTimeParseException e) {
            throw new IngestException(sidecar + ": field 'effectiveDate' must be a date like 2020-05-28 (CE), found '"
                    + value + "'.", e);
        }
    }
}
