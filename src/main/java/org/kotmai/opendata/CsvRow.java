package org.kotmai.opendata;

import java.util.List;

/** One CSV record as RFC 4180 spells it: fields quoted when they hold a comma, quote or line break; CRLF ends it. */
final class CsvRow {

    private CsvRow() {
    }

    static String of(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        return out.append("\r\n").toString();
    }
}
