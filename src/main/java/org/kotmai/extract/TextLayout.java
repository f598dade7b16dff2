package org.kotmai.extract;

import java.util.regex.Pattern;

/**
 * Brings parser output to one line convention: {@code \n} line ends, no spaces or tabs at either
 * end of a line, at most one empty line in a row. Paragraph boundaries survive; indentation noise
 * from HTML markup does not. No-break spaces are left for the Thai repair step to count.
 */
final class TextLayout {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
    private static final Pattern EDGE_SPACE = Pattern.compile("(?m)^[ \t]+|[ \t]+$");
    private static final Pattern BLANK_RUN = Pattern.compile("\n{3,}");

    String normalise(String raw) {
        String text = LINE_BREAK.matcher(raw).replaceAll("\n");
        text = EDGE_SPACE.matcher(text).replaceAll("");
        text = BLANK_RUN.matcher(text).replaceAll("\n\n");
        return text.strip();
    }

    /** Only a byte-order mark and the blank lines around the whole text go; the layout inside stays. */
    String trimEnds(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return text.strip();
    }
}
