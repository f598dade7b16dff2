package org.kotmai.statute;

/**
 * A Krisdika footnote such as {@code [๒๘๖]}: either a Royal Gazette reference or a provenance note
 * ("มาตรา ๙ ทวิ เพิ่มโดย…", "แก้ไขเพิ่มเติมโดย…", "ยกเลิกโดย…").
 *
 * @param number  the marker number in Arabic digits
 * @param text    the footnote text, whitespace collapsed
 * @param action  AMENDED, ADDED, REPEALED or null when the note only cites the gazette
 * @param byAct   title of the amending instrument named by a provenance note, or null
 * @param gazette the Royal Gazette reference in the note, or null
 */
public record Footnote(int number, String text, String action, String byAct, GazetteRef gazette) {
}
