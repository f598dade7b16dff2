package org.kotmai.statute;

/**
 * One logical line of a Krisdika text: the physical lines joined where the HTML export only wrapped
 * (CR LF), so that each logical line is one printed paragraph, heading or list item.
 *
 * @param text        the line with runs of spaces, NBSP and tabs collapsed to one space, trimmed
 * @param emptyBefore number of completely empty physical lines right before this one; two or more
 *                    separate the export's document blocks (title, schedules, appendices)
 * @param rule        the line is only a run of spaces or NBSP, the export's rendering of the
 *                    horizontal rule printed under titles and book headings
 * @param number      1-based physical line number where the logical line starts, for warnings
 */
record SourceLine(String text, int emptyBefore, boolean rule, int number) {

    boolean blank() {
        return text.isEmpty();
    }
}
