package org.kotmai.statute;

/**
 * One heading of the document's structure.
 *
 * @param kind    BOOK (บรรพ), PART (ภาค), TITLE (ลักษณะ), CHAPTER (หมวด), DIVISION (ส่วน),
 *                TRANSITIONAL (บทเฉพาะกาล), GENERAL (บททั่วไป) …
 * @param number  canonical number (Arabic digits, {@code 1/1}), empty for unnumbered headings
 * @param heading the heading line as printed (e.g. "หมวด ๑ บททั่วไป")
 * @param depth   nesting depth, 0 for the outermost heading kind in this document
 * @param path    ids of the enclosing headings and this one, e.g. {@code ["book-1", "title-2"]}
 */
public record StructureNode(String kind, String number, String heading, int depth, java.util.List<String> path) {
}
