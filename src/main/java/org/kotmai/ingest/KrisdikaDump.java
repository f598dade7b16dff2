package org.kotmai.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

/**
 * Reads a Krisdika dump: {@code law_url_df.csv} (title, law_url, sub_law_url, sysid, law_group,
 * law_type; one row per subject group a law belongs to) and the texts as {@code <sysid>.txt}, either in
 * a {@code law/} subfolder or beside the CSV.
 */
final class KrisdikaDump {

    static final String LISTING = "law_url_df.csv";
    /** Starts the source key of every law read from a dump. */
    static final String SOURCE_PREFIX = "krisdika:";
    private static final List<String> REQUIRED = List.of("title", "sysid", "law_group", "law_type");
    private static final Pattern UPDATE_SUFFIX = Pattern.compile("\\(\\s*ฉบับ\\s*Update\\s*ล่าสุด\\s*\\)");

    private KrisdikaDump() {
    }

    /** The dump's documents, plus a report entry for every listed law whose text is missing. */
    record Contents(List<SourceDocument> documents, List<FileReport> problems) {
    }

    static Contents read(Path folder) throws IngestException {
        Path listing = folder.resolve(LISTING);
        if (!Files.isRegularFile(listing)) {
            throw new IngestException(folder + " is not a Krisdika dump: " + LISTING
                    + " is missing. Point the import at the folder that holds " + LISTING + " and law/<sysid>.txt.");
        }
        Path texts = Files.isDirectory(folder.resolve("law")) ? folder.resolve("law") : folder;
        Map<String, Row> rows = readListing(listing);
        List<SourceDocument> documents = new ArrayList<>();
        List<FileReport> problems = new ArrayList<>();
        for (Row row : rows.values()) {
            Path file = texts.resolve(row.sysid + ".txt");
            String name = row.sysid + ".txt";
            if (!Files.isRegularFile(file)) {
                problems.add(FileReport.error(name, name + ": listed in " + LISTING + " (\"" + row.title
                        + "\") but the file is missing from " + texts + "; add it or remove the row."));
                continue;
            }
            documents.add(new SourceDocument(SOURCE_PREFIX + row.sysid, name, file, row.metadata()));
        }
        try (var files = Files.list(texts)) {
            files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(f -> !rows.containsKey(f.getFileName().toString().replaceFirst("\\.txt$", "")))
                    .sorted()
                    .forEach(f -> {
                        String sysid = f.getFileName().toString().replaceFirst("\\.txt$", "");
                        documents.add(new SourceDocument(SOURCE_PREFIX + sysid, f.getFileName().toString(), f,
                                new SourceMetadata(null, null, sysid, null, List.of(), null, null, null)));
                    });
        } catch (IOException e) {
            throw new IngestException("Cannot list " + texts + ": " + e.getMessage(), e);
        }
        return new Contents(documents, problems);
    }

    private static Map<String, Row> readListing(Path listing) throws IngestException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(listing, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IngestException(listing + " is empty; it needs a header line with " + REQUIRED + ".");
            }
            List<String> columns = Csv.split(header.replace("\uFEFF", ""));
            for (String required : REQUIRED) {
                if (!columns.contains(required)) {
                    throw new IngestException(listing + ": column '" + required + "' is missing from the header ("
                            + columns + "). Expected at least " + REQUIRED + ".");
                }
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = Csv.split(line);
                if (cells.size() != columns.size()) {
                    throw new IngestException(listing + " line " + lineNumber + ": expected " + columns.size()
                            + " comma-separated values, found " + cells.size() + ". Quote values that contain commas.");
                }
                String sysid = cells.get(columns.indexOf("sysid")).trim();
                Row row = rows.computeIfAbsent(sysid, id -> new Row(id));
                row.title = cleanTitle(cells.get(columns.indexOf("title")));
                row.type = cells.get(columns.indexOf("law_type")).trim();
                row.groups.add(cells.get(columns.indexOf("law_group")).trim());
                if (columns.contains("law_url")) {
                    row.url = cells.get(columns.indexOf("law_url")).trim();
                }
            }
        } catch (IOException e) {
            throw new IngestException("Cannot read " + listing + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static String cleanTitle(String title) {
        return UPDATE_SUFFIX.matcher(title).replaceAll("").replaceAll("\\s+", " ").trim();
    }

    private static final class Row {
        private final String sysid;
        private final Set<String> groups = new LinkedHashSet<>();
        private String title;
        private String type;
        private String url;

        Row(String sysid) {
            this.sysid = sysid;
        }

        /**
         * Krisdika lists the consolidated texts of laws in force ("ฉบับ Update ล่าสุด"); repealed laws
         * are listed separately and are not in such a dump, hence IN_FORCE.
         */
        SourceMetadata metadata() {
            return new SourceMetadata(title, listingType(type), sysid, url, List.copyOf(groups), LawStatus.IN_FORCE,
                    null, null);
        }
    }

    private static InstrumentType listingType(String lawType) {
        return switch (lawType) {
            case "รัฐธรรมนูญ" -> InstrumentType.CONSTITUTION;
            case "ประมวลกฎหมาย", "ประมวลรัษฎากร" -> InstrumentType.CODE;
            case "พระราชกำหนด" -> InstrumentType.EMERGENCY_DECREE;
            case "ประกาศ" -> InstrumentType.NOTIFICATION;
            case "พระราชบัญญัติ", "พระธรรมนูญ" -> InstrumentType.ACT;
            default -> null;
        };
    }
}
