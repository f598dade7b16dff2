package org.kotmai.statute;

import java.util.List;

/**
 * One มาตรา or ข้อ.
 *
 * @param kind       SECTION (มาตรา), CLAUSE (ข้อ), or TEXT for the single unnumbered body of an old act
 *                   enacted without sections
 * @param number     canonical number: Arabic digits, {@code 77/1}, {@code 4 ทวิ}; empty for TEXT
 * @param label      the label as printed, e.g. "มาตรา ๗๗/๑"
 * @param path       ids of the enclosing structure nodes (see {@link StructureNode#path()})
 * @param paragraphs the วรรค in order; items such as (๑) or (ก) stay inside their paragraph text on
 *                   their own lines
 * @param repealed   true when the text marks the provision (ยกเลิก)
 * @param footnotes  footnote numbers attached to this provision (its amendment history)
 */
public record Provision(
        String kind,
        String number,
        String label,
        List<String> path,
        List<String> paragraphs,
        boolean repealed,
        List<Integer> footnotes) {

    /** The provision text with paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
