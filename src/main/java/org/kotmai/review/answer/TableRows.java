package org.kotmai.review.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a table answer as a list of rows keyed by column id; anything else counts as no rows. */
final class TableRows {

    private TableRows() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> of(Object answer) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (answer instanceof List<?> list) {
            for (Object row : list) {
                if (row instanceof Map<?, ?> map) {
                    rows.add((Map<String, Object>) map);
                }
            }
        }
        return rows;
    }

    static boolean isTable(Object answer) {
        return answer instanceof List<?> list && list.stream().allMatch(r -> r instanceof Map<?, ?>);
    }
}
