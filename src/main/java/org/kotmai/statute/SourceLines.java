package org.kotmai.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a text into {@link SourceLine}s. The Krisdika export ends a wrapped line with CR LF and a
 * real paragraph with a bare LF; where the CRs were lost (text re-saved or typed by hand), every LF
 * counts as a paragraph break and later stages merge a provision label standing alone on its line
 * with the text that follows.
 */
final class SourceLines {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern RULE = Pattern.compile("^[ \\t\\u00A0_\\-]{5,}$");

    private SourceLines() {
    }

    static List<SourceLine> split(String text) {
        List<SourceLine> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int pendingStart = -1;
        int empty = 0;
        int lineNo = 0;
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lineNo++;
            String raw = text.substring(start, end);
            boolean soft = raw.endsWith("\r");
            if (soft) {
                raw = raw.substring(0, raw.length() - 1);
            }
            if (pendingStart < 0) {
                pendingStart = lineNo;
            }
            if (!pending.isEmpty()) {
                pending.append(' ');
            }
            pending.append(raw);
            if (!soft || end == length) {
                String joined = pending.toString();
                boolean rule = RULE.matcher(joined).matches() && countBlank(joined) >= 5;
                if (joined.isEmpty()) {
                    empty++;
                } else {
                    out.add(new SourceLine(collapse(joined), empty, rule, pendingStart));
                    empty = 0;
                }
                pending.setLength(0);
                pendingStart = -1;
            }
            start = end + 1;
        }
        return out;
    }

    static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static int countBlank(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\t') {
                n++;
            }
        }
        return n;
    }
}
