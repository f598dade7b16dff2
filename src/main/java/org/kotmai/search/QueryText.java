package org.kotmai.search;

import org.kotmai.web.BadRequestException;

/** Makes a typed query safe to analyse: refuses empty and over-long ones, and blanks what is not text. */
final class QueryText {

    private QueryText() {
    }

    /**
     * The query with control characters, unpaired surrogates and non-characters replaced by spaces and runs of
     * spaces collapsed.
     *
     * @throws BadRequestException naming {@code q} when it is missing, blank, or longer than {@code maxChars}
     */
    static String clean(String q, int maxChars) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("q", "is empty; type a citation (ป.พ.พ. มาตรา 420), a law's name or a "
                    + "question");
        }
        if (q.length() > maxChars) {
            throw new BadRequestException("q", "has " + q.length() + " characters; at most " + maxChars
                    + " are searched. Shorten the text to its relevant part.");
        }
        StringBuilder out = new StringBuilder(q.length());
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < q.length() && Character.isLowSurrogate(q.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, q.charAt(i + 1));
                appendOrSpace(out, cp);
                i++;
            } else if (Character.isSurrogate(c)) {
                appendOrSpace(out, ' ');
            } else {
                appendOrSpace(out, c);
            }
        }
        return out.toString().strip();
    }

    /**
     * Appends the code point, or a space for junk; a space after a space is dropped. Tabs and line breaks are
     * control characters, so this collapses every run of ASCII white space as the query is copied, without a
     * regular expression per search.
     */
    private static void appendOrSpace(StringBuilder out, int cp) {
        int type = Character.getType(cp);
        boolean junk = type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
        if (junk || cp == ' ') {
            if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        } else {
            out.appendCodePoint(cp);
        }
    }
}
