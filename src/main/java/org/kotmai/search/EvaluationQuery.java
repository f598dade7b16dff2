package org.kotmai.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One labelled query of an evaluation file (format of {@code shared/eval/README.md}).
 *
 * @param gold for a {@code title} row the gold law's source id alone; otherwise {@code <sourceId>|<number>} items
 */
record EvaluationQuery(String id, String kind, String query, String sourceId, List<String> gold) {

    static final String TITLE = "title";
    private static final List<String> COLUMNS = List.of("id", "kind", "query", "sysid", "law_title", "sections");

    boolean isTitle() {
        return TITLE.equals(kind);
    }

    /**
     * Reads the TSV: a header naming at least the columns id, kind, query, sysid, law_title and sections.
     *
     * @param source names the file in error messages
     * @throws IllegalArgumentException naming the source, the line and what is wrong
     */
    static List<EvaluationQuery> parse(String tsv, String source) {
        String[] lines = tsv.split("\r?\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new IllegalArgumentException(source + ": empty; expected a header line with the columns " + COLUMNS);
        }
        List<String> header = List.of(lines[0].replace("\uFEFF", "").split("\t", -1));
        for (String column : COLUMNS) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException(source + " line 1: the header lacks the column '" + column
                        + "'; expected tab-separated columns " + COLUMNS);
            }
        }
        List<EvaluationQuery> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            if (cells.length < header.size()) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + cells.length
                        + " columns where the header has " + header.size() + "; separate columns with tabs");
            }
            String kind = cells[header.indexOf("kind")].strip();
            String sysid = cells[header.indexOf("sysid")].strip();
            String sections = cells[header.indexOf("sections")].strip();
            List<String> gold = new ArrayList<>();
            if (TITLE.equals(kind)) {
                gold.add(sysid);
            } else {
                if (sections.isEmpty()) {
                    throw new IllegalArgumentException(source + " line " + (i + 1) + ": a " + kind
                            + " row needs gold sections; only title rows leave them empty");
                }
                for (String section : sections.split(";")) {
                    String s = section.strip();
                    gold.add(s.contains("|") ? s : sysid + "|" + s);
                }
            }
            out.add(new EvaluationQuery(cells[header.indexOf("id")].strip(), kind, cells[header.indexOf("query")],
                    sysid, List.copyOf(gold)));
        }
        return List.copyOf(out);
    }
}
