package org.kotmai.review.campaign;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kotmai.thai.ThaiDigits;

/**
 * Reads an inventory of licences and procedures from CSV, all or nothing: every error of the file is collected
 * with its line and column, and any error means no item at all.
 *
 * <p>The file is UTF-8 (with or without the byte-order mark Excel writes) and starts with a header row naming
 * its columns in any order:
 * <ul>
 * <li>{@code name} (required): the licence or procedure, e.g. ใบอนุญาตประกอบกิจการโรงงาน</li>
 * <li>{@code agency} (required): the agency that grants or receives it</li>
 * <li>{@code law_id} or {@code law_title} (one required): the catalogued law it rests on, by id
 *     ({@code GET /api/laws}) or exact title (Thai or Arabic digits)</li>
 * <li>{@code provision}: the provision number in that law, e.g. {@code 8} or {@code 77/1}</li>
 * <li>{@code kind} (required): licence, permit, registration, notification, certificate, report, law or other,
 *     in English or Thai (see {@link ItemKind})</li>
 * <li>{@code annual_applications}: a whole number of applications or filings a year; thousands separators and
 *     Thai digits are fine</li>
 * <li>{@code notes}: free text</li>
 * </ul>
 */
final class InventoryCsv {

    static final String NAME = "name";
    static final String AGENCY = "agency";
    static final String LAW_ID = "law_id";
    static final String LAW_TITLE = "law_title";
    static final String PROVISION = "provision";
    static final String KIND = "kind";
    static final String ANNUAL_APPLICATIONS = "annual_applications";
    static final String NOTES = "notes";
    static final List<String> COLUMNS = List.of(NAME, AGENCY, LAW_ID, LAW_TITLE, PROVISION, KIND,
            ANNUAL_APPLICATIONS, NOTES);

    static final int MAX_ROWS = 5000;
    private static final int MAX_NAME = 300;
    private static final int MAX_ERRORS = 200;

    private final LawLookup laws;

    InventoryCsv(LawLookup laws) {
        this.laws = laws;
    }

    /**
     * @param existing keys ({@link #key}) of items already in the campaign, refused as duplicates
     * @return the items in file order, without ids
     * @throws InventoryCsvException listing every error found
     */
    List<InventoryItem> read(byte[] bytes, Set<String> existing) {
        String text = decode(bytes);
        List<CsvRecords.Row> rows = CsvRecords.parse(text).stream().filter(row -> !row.isBlank()).toList();
        if (rows.isEmpty()) {
            throw new InventoryCsvException(List.of(new RowError(1, null, "the file is empty; the first line"
                    + " names the columns: " + String.join(",", COLUMNS))));
        }
        CsvRecords.Row header = rows.get(0);
        Map<String, Integer> columns = columns(header);
        if (rows.size() - 1 > MAX_ROWS) {
            throw new InventoryCsvException(List.of(new RowError(rows.get(MAX_ROWS + 1).line(), null, "more than "
                    + MAX_ROWS + " items; split the inventory into several files")));
        }
        List<RowError> errors = new ArrayList<>();
        List<InventoryItem> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Optional<LawLookup.Law>> lawCache = new HashMap<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            Line line = new Line(row, columns, header.cells().size(), errors);
            InventoryItem item = line.item(lawCache);
            if (item == null) {
                continue;
            }
            String key = key(item);
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                errors.add(new RowError(row.line(), NAME, "repeats line " + first + " (same name, law and"
                        + " provision); remove one of them"));
            } else if (existing.contains(key)) {
                errors.add(new RowError(row.line(), NAME, "is already in the campaign's inventory; remove the row"));
            } else {
                items.add(item);
            }
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new InventoryCsvException(errors);
        }
        return items;
    }

    /** Identity of an item within a campaign: the same procedure under the same provision is listed once. */
    static String key(InventoryItem item) {
        return item.name().strip() + "\u0000" + item.lawId() + "\u0000" + (item.provision() == null ? ""
                : item.provision());
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        int bad = text.indexOf('\uFFFD');
        if (bad >= 0) {
            int line = (int) text.substring(0, bad).chars().filter(c -> c == '\n').count() + 1;
            throw new InventoryCsvException(List.of(new RowError(line, null, "this line is not UTF-8 text (Thai"
                    + " saved as TIS-620 or Windows-874?); save the file as \"CSV UTF-8\" and send it again")));
        }
        return text;
    }

    private static Map<String, Integer> columns(CsvRecords.Row header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.isEmpty()) {
                errors.add(new RowError(header.line(), null, "column " + (i + 1) + " has no name; name it or"
                        + " delete the column"));
            } else if (!COLUMNS.contains(name)) {
                errors.add(new RowError(header.line(), header.cells().get(i).strip(), "is not a known column; use "
                        + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new RowError(header.line(), name, "appears twice; keep one"));
            }
        }
        for (String required : List.of(NAME, AGENCY, KIND)) {
            if (!columns.containsKey(required)) {
                errors.add(new RowError(header.line(), required, "column is missing from the header row"));
            }
        }
        if (!columns.containsKey(LAW_ID) && !columns.containsKey(LAW_TITLE)) {
            errors.add(new RowError(header.line(), LAW_ID, "column is missing; give law_id or law_title"));
        }
        if (!errors.isEmpty()) {
            throw new InventoryCsvException(errors);
        }
        return columns;
    }

    /** One data line being checked; errors go to the shared list. */
    private final class Line {

        private final CsvRecords.Row row;
        private final Map<String, Integer> columns;
        private final List<RowError> errors;
        private final int before;

        Line(CsvRecords.Row row, Map<String, Integer> columns, int width, List<RowError> errors) {
            this.row = row;
            this.columns = columns;
            this.errors = errors;
            this.before = errors.size();
            if (row.cells().size() > width) {
                error(null, "has " + row.cells().size() + " values but the header names " + width + " columns;"
                        + " put values holding a comma in double quotes");
            }
        }

        InventoryItem item(Map<String, Optional<LawLookup.Law>> lawCache) {
            String name = required(NAME);
            if (name != null && name.length() > MAX_NAME) {
                error(NAME, "is " + name.length() + " characters long; shorten it to " + MAX_NAME
                        + " and put the rest in notes");
            }
            String agency = required(AGENCY);
            ItemKind kind = kind();
            Long applications = applications();
            LawLookup.Law law = law(lawCache);
            String provision = provision(law);
            if (errors.size() > before) {
                return null;
            }
            return new InventoryItem(null, name, kind, agency, law.id(), law.title(), provision, applications,
                    value(NOTES), "csv line " + row.line(), null, null, List.of());
        }

        private ItemKind kind() {
            String text = required(KIND);
            if (text == null) {
                return null;
            }
            Optional<ItemKind> kind = ItemKind.parse(text);
            if (kind.isEmpty()) {
                error(KIND, "'" + text + "' is not a kind; use one of " + ItemKind.accepted());
            }
            return kind.orElse(null);
        }

        private Long applications() {
            String text = value(ANNUAL_APPLICATIONS);
            if (text == null) {
                return null;
            }
            String digits = ThaiDigits.toArabic(text).replace(",", "").replace(" ", "");
            if (!digits.matches("\\d{1,15}")) {
                error(ANNUAL_APPLICATIONS, "'" + text + "' is not a whole number of applications a year;"
                        + " write e.g. 1200, or leave it empty when unknown");
                return null;
            }
            return Long.parseLong(digits);
        }

        private LawLookup.Law law(Map<String, Optional<LawLookup.Law>> lawCache) {
            String id = value(LAW_ID);
            String title = value(LAW_TITLE);
            if (id != null) {
                Optional<LawLookup.Law> law = lawCache.computeIfAbsent("id:" + id, k -> laws.byId(id));
                if (law.isEmpty()) {
                    error(LAW_ID, "no law '" + id + "' in the catalog; find its id with GET /api/laws");
                }
                return law.orElse(null);
            }
            if (title == null) {
                error(LAW_ID, "is empty; give the law's catalog id in law_id or its exact title in law_title");
                return null;
            }
            List<LawLookup.Law> found = laws.byTitle(title);
            if (found.isEmpty()) {
                error(LAW_TITLE, "no catalogued law is titled '" + title + "'; copy the title from GET /api/laws"
                        + " or give law_id");
                return null;
            }
            if (found.size() > 1) {
                error(LAW_TITLE, "several laws are titled '" + title + "' (" + found.stream().map(LawLookup.Law::id)
                        .toList() + "); give law_id instead");
                return null;
            }
            return found.get(0);
        }

        private String provision(LawLookup.Law law) {
            String text = value(PROVISION);
            if (text == null) {
                return null;
            }
            String number = ThaiDigits.toArabic(text).strip();
            if (law != null && !laws.hasProvision(law.id(), number)) {
                error(PROVISION, "law '" + law.id() + "' has no provision '" + text + "'; see GET /api/laws/"
                        + law.id() + " for its provisions, or leave the cell empty");
            }
            return number;
        }

        private String required(String column) {
            String text = value(column);
            if (text == null) {
                error(column, "is empty; every item needs a " + column);
            }
            return text;
        }

        private String value(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= row.cells().size()) {
                return null;
            }
            String text = row.cells().get(index).strip();
            return text.isEmpty() ? null : text;
        }

        private void error(String column, String fix) {
            errors.add(new RowError(row.line(), column, fix));
        }
    }
}
