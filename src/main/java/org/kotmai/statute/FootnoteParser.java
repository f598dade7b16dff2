package org.kotmai.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kotmai.thai.ThaiDigits;

/**
 * The footnote list Krisdika prints after the body: each entry opens with its marker at the start
 * of a line ("[๑] ราชกิจจานุเบกษา …", "[๕] มาตรา ๑๒ แก้ไขเพิ่มเติมโดย…").
 */
final class FootnoteParser {

    static final Pattern ENTRY = Pattern.compile("^\\[\\s*([0-9\\u0E50-\\u0E59]{1,4})\\s*\\]\\s*(.*)$");
    private static final Pattern PROVENANCE = Pattern.compile("(แก้ไขเพิ่มเติมโดย|แก้ไขโดย|เพิ่มเติมโดย|เพิ่มโดย|ยกเลิกโดย)\\s*(.*)$");

    private FootnoteParser() {
    }

    /** Index of the line opening the footnote list ("[๑] …" after the body), or lines.size() when none. */
    static int start(List<SourceLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = ENTRY.matcher(lines.get(i).text());
            if (m.matches() && ThaiDigits.toArabic(m.group(1)).equals("1")) {
                return i;
            }
        }
        return lines.size();
    }

    static List<Footnote> parse(List<SourceLine> lines, int from) {
        List<Footnote> out = new ArrayList<>();
        Integer number = null;
        StringBuilder text = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).text();
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                if (number != null) {
                    out.add(footnote(number, text.toString()));
                }
                number = Integer.parseInt(ThaiDigits.toArabic(m.group(1)));
                text.setLength(0);
                text.append(m.group(2));
            } else if (number != null && !line.isEmpty()) {
                text.append(' ').append(line);
            }
        }
        if (number != null) {
            out.add(footnote(number, text.toString()));
        }
        return out;
    }

    static Footnote footnote(int number, String raw) {
        String text = SourceLines.collapse(raw);
        String action = null;
        String byAct = null;
        Matcher p = PROVENANCE.matcher(text);
        if (p.find()) {
            action = switch (p.group(1)) {
                case "ยกเลิกโดย" -> "REPEALED";
                case "เพิ่มโดย", "เพิ่มเติมโดย" -> "ADDED";
                default -> "AMENDED";
            };
            byAct = p.group(2).strip();
            int cut = byAct.indexOf("ราชกิจจา");
            if (cut > 0) {
                byAct = byAct.substring(0, cut).strip();
            }
            if (byAct.isEmpty()) {
                byAct = null;
            }
        }
        return new Footnote(number, text, action, byAct, GazetteRefParser.find(text).orElse(null));
    }
}
