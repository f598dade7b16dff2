package org.kotmai.extract;

import java.util.regex.Pattern;

/**
 * Brings parser output to one line convention: {@code \n} line ends, whitespace-only lines
 * emptied, at most one empty line in a row. Paragraph boundaries survive; indentation noise from
 * HTML markup does not.
 */
final class TextLayout {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
    private static final Pattern BLANK_LINE = Pattern.compile("(?m)^[ \t\u00A0]+$");
    private static final Pattern BLANK_RUN = Pattern.compile("\n{3,}");

    String normalise(String raw) {
        String text = LINE_BREAK.matcher(raw).replaceAll("\n");
        text = BLANK_LINE.matcher(text).replaceAll("");
        text = BLANK_RUN.matcher(text).replaceAll("\n\n");
        return text.strip();
    }
}
