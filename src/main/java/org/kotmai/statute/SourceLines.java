package org.kotmai.statute;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into {@link SourceLine}s. The Krisdika export ends a wrapped line with CR LF and a
 * real paragraph with a bare LF; where the CRs were lost (text re-saved or typed by hand), every LF
 * counts as a paragraph break and later stages merge a provision label standing alone on its line
 * with the text that follows. A text whose every line ends in CR LF (saved on Windows) has no wraps
 * to tell apart, so there CR LF is a paragraph break too.
 */
final class SourceLines {

    private SourceLines() {
    }

    static List<SourceLine> split(String text) {
        List<SourceLine> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(256);
        boolean pendingSpace = false;
        boolean ruleChars = true;
        int blanks = 0;
        int empty = 0;
        int rawLength = 0;
        int lineNo = 1;
        int startLine = 1;
        int length = text.length();
        boolean wrapsMarked = hasBareLineFeed(text);
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c == '\r' && !wrapsMarked && i + 1 < length && text.charAt(i + 1) == '\n') {
                continue;
            }
            boolean softBreak = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n';
            if (softBreak) {
                // CR LF is the export's wrap inside a paragraph: it reads as one space.
                i++;
                lineNo++;
                pendingSpace = !line.isEmpty();
                blanks++;
                rawLength++;
                continue;
            }
            if (c == '\n') {
                if (rawLength == 0) {
                    empty++;
                } else {
                    boolean rule = ruleChars && blanks >= 5;
                    out.add(new SourceLine(line.toString(), empty, rule, startLine));
                    empty = 0;
                }
                line.setLength(0);
                pendingSpace = false;
                ruleChars = true;
                blanks = 0;
                rawLength = 0;
                lineNo++;
                startLine = lineNo;
                continue;
            }
            rawLength++;
            if (c == ' ' || c == '\u00A0' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                blanks++;
                pendingSpace = !line.isEmpty();
            } else {
                if (c != '_' && c != '-') {
                    ruleChars = false;
                }
                if (pendingSpace) {
                    line.append(' ');
                    pendingSpace = false;
                }
                line.append(c);
            }
        }
        return out;
    }

    private static boolean hasBareLineFeed(String text) {
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i == 0 || text.charAt(i - 1) != '\r') {
                return true;
            }
        }
        return false;
    }

    /** Runs of spaces, NBSP, tabs and other blanks become one space; ends are trimmed. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
