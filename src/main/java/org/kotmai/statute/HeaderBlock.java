package org.kotmai.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.kotmai.catalog.InstrumentType;

/**
 * A block of lines printed above a horizontal rule: an instrument's title (possibly followed by its
 * first structure heading, as in "ประมวลรัษฎากร / ลักษณะ ๑ / ข้อความเบื้องต้น"), a book or chapter
 * heading of a code, or a schedule's caption.
 *
 * @param start    index of the first line of the block
 * @param end      index of the rule line under it
 * @param kind     what the block introduces
 * @param title    for TITLE blocks the title as printed (markers removed), otherwise null
 * @param type     for TITLE blocks the instrument type, otherwise null
 * @param headings structure headings in the block, names attached
 * @param text     all lines of the block joined, for warnings
 */
record HeaderBlock(int start, int end, Kind kind, String title, InstrumentType type, List<Heading> headings,
        String text) {

    /** What a block above a rule introduces. */
    enum Kind { TITLE, HEADING, SCHEDULE, OTHER }

    private static final Pattern SCHEDULE = Pattern.compile("^(บัญชี|ตาราง|แบบ|อัตรา|รายการ|แผนที่|ท้าย|แผนผัง|รายชื่อ)");

    /** Finds every block above a rule line. */
    static List<HeaderBlock> find(List<SourceLine> lines) {
        List<HeaderBlock> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).rule() || i == 0 || lines.get(i - 1).blank() || lines.get(i - 1).rule()) {
                continue;
            }
            int start = i - 1;
            while (start > 0 && !lines.get(start - 1).blank() && !lines.get(start - 1).rule()
                    && (lines.get(start).emptyBefore() == 0 || namesHeadingAbove(lines, start))) {
                start--;
            }
            // A rule printed right under a provision closes the provision; it does not make it a heading.
            for (int k = i - 1; k >= start; k--) {
                if (ProvisionLabel.at(lines.get(k).text()).isPresent()) {
                    start = k + 1;
                    break;
                }
            }
            if (start < i) {
                out.add(of(lines.subList(start, i), start, i));
            }
        }
        return out;
    }

    /** "หมวด ๒", empty line, "การจัดตั้งหอการค้า": the name still belongs to the heading above the gap. */
    private static boolean namesHeadingAbove(List<SourceLine> lines, int index) {
        return InstrumentTitles.typeOf(lines.get(index).text()) == null
                && Heading.at(lines.get(index - 1).text()).map(Heading::awaitsName).orElse(false);
    }

    private static HeaderBlock of(List<SourceLine> block, int start, int end) {
        List<String> texts = block.stream().map(SourceLine::text).toList();
        String all = String.join(" ", texts);
        String first = texts.get(0);
        if (Heading.at(first).isPresent()) {
            return new HeaderBlock(start, end, Kind.HEADING, null, null, headings(texts, 0), all);
        }
        InstrumentType type = InstrumentTitles.typeOf(first);
        if (type != null) {
            int headingAt = 1;
            while (headingAt < texts.size() && Heading.at(texts.get(headingAt)).isEmpty()) {
                headingAt++;
            }
            String title = joinTitle(texts.subList(0, headingAt));
            return new HeaderBlock(start, end, Kind.TITLE, title, type, headings(texts, headingAt), all);
        }
        Kind kind = SCHEDULE.matcher(first).find() ? Kind.SCHEDULE : Kind.OTHER;
        return new HeaderBlock(start, end, kind, null, null, List.of(), all);
    }

    /**
     * Joins title lines the way they are printed: the instrument word stands alone on the first line
     * but belongs to the name ("พระราชบัญญัติ" + "การพนัน"); years and edition numbers are spaced.
     */
    static String joinTitle(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String clean = FootnoteMarkers.strip(line.startsWith("*") ? line.substring(1) : line);
            if (clean.isEmpty()) {
                continue;
            }
            boolean glue = InstrumentTitles.isTypeWord(sb.toString())
                    && !clean.matches("^(พ\\.|พุทธ|\\(|[0-9\\u0E50-\\u0E59]).*");
            if (!sb.isEmpty() && !glue) {
                sb.append(' ');
            }
            sb.append(clean);
        }
        return sb.toString();
    }

    private static List<Heading> headings(List<String> texts, int from) {
        List<Heading> out = new ArrayList<>();
        for (int i = from; i < texts.size(); i++) {
            Heading last = out.isEmpty() ? null : out.get(out.size() - 1);
            var h = Heading.at(texts.get(i));
            // "หมวด ๑ / บททั่วไป": a word that could head a part on its own is here the chapter's name.
            if (h.isPresent() && !(last != null && last.awaitsName() && h.get().number().isEmpty())) {
                out.add(h.get());
            } else if (last != null) {
                out.set(out.size() - 1, last.withName(texts.get(i)));
            }
        }
        return out;
    }
}
