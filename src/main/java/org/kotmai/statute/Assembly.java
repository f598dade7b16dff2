package org.kotmai.statute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.thai.ThaiDates;

/**
 * One pass over the body of one text. The body is a sequence of segments: an optional promulgating
 * act (codes), the main instrument with its structure and provisions, schedules, and the
 * consolidation appendix of amending instruments, closed by editors' sign-offs. Mutable, used once.
 */
final class Assembly {

    private enum Segment { PRE_MAIN, MAIN, INTERLUDE, SCHEDULE, TAIL, APPENDIX, END }

    private static final Pattern SIGN_OFF = Pattern.compile(
            "^[\\u0E01-\\u0E4E.]+(?:\\s[\\u0E01-\\u0E4E.]+)?\\s?/\\s?(แก้ไข|ปรับปรุง|ตรวจ|เพิ่มเติม|จัดทำ|ผู้จัดทำ|พิมพ์|ตรวจสอบ)");
    private static final Pattern COUNTERSIGN = Pattern.compile("^ผู้รับสนอง(พระบรม|พระ)?ราชโองการ");
    private static final Pattern CLOSING = Pattern.compile("^(ประกาศ|ให้ไว้|สั่ง|ตรา(?:ไว้)?)\\s*ณ\\s*วันที่");
    private static final Pattern ENDS_WITH_MARKER = Pattern.compile("\\[\\s*[0-9\\u0E50-\\u0E59]{1,4}\\s*\\]\\s*$");
    /** Krisdika editors' bracketed notes such as "[เลขมาตรา ๑๙๓/๒๗ แก้ไขเพิ่มเติมโดย…]": not law text. */
    private static final Pattern EDITORIAL_NOTE = Pattern.compile("^\\[[^\\]]*[\\u0E01-\\u0E4E][^\\]]*\\]$");
    private static final Pattern SUBHEADING_START = Pattern.compile("^(?:[0-9\\u0E50-\\u0E59]{1,2}\\.|\\([\\u0E01-\\u0E2E]\\))\\s*\\S");
    private static final Pattern SCHEDULE_START = Pattern.compile("^(บัญชี|ตาราง|แบบ|อัตรา)\\S*");

    private final List<SourceLine> body;
    private final List<Footnote> footnotes;
    private final ParseHints hints;
    private final List<String> warnings = new ArrayList<>();
    private final Map<Integer, HeaderBlock> blocksByStart = new HashMap<>();
    private final HeaderBlock main;

    private final List<Provision> provisions = new ArrayList<>();
    private final List<Provision> promulgating = new ArrayList<>();
    private final List<AmendingActDraft> amending = new ArrayList<>();
    private final StructureOutline outline = new StructureOutline();
    private final List<String> courtRulings = new ArrayList<>();
    private final List<String> preamble = new ArrayList<>();

    private Segment segment = Segment.PRE_MAIN;
    private boolean mainSeen;
    private ProvisionDraft open;
    private List<Provision> openTarget;
    private String lastKindInSegment;
    private String lastNumberInSegment;
    private String countersignature;
    private String reasons;
    private EnablingClause enablingClause;
    private String fallbackTitle;

    Assembly(List<SourceLine> body, List<Footnote> footnotes, ParseHints hints) {
        this.body = body;
        this.footnotes = footnotes;
        this.hints = hints;
        List<HeaderBlock> blocks = HeaderBlock.find(body);
        blocks.forEach(b -> blocksByStart.put(b.start(), b));
        this.main = MainInstrument.choose(blocks, hints);
    }

    ParsedLaw run() {
        if (main == null) {
            fallbackTitle = firstTitleLine();
            mainSeen = fallbackTitle != null;
            segment = Segment.MAIN;
            warnings.add("ไม่พบบล็อกชื่อกฎหมายที่มีเส้นคั่น ใช้บรรทัดแรกที่ขึ้นต้นด้วยประเภทกฎหมายเป็นชื่อ");
        }
        boolean breakBefore = true;
        for (int i = 0; i < body.size(); i++) {
            SourceLine line = body.get(i);
            HeaderBlock block = blocksByStart.get(i);
            if (block != null) {
                header(block);
                i = block.end();
                breakBefore = true;
                continue;
            }
            if (line.rule() || line.blank()) {
                breakBefore = true;
                continue;
            }
            boolean afterBreak = breakBefore || line.emptyBefore() > 0;
            breakBefore = false;
            i = line(i, line.text(), afterBreak);
        }
        close();
        return result();
    }

    /** Handles one non-header line; returns the index of the last line consumed. */
    private int line(int i, String text, boolean afterBreak) {
        if (segment == Segment.END) {
            return i;
        }
        if (text.length() < 60 && SIGN_OFF.matcher(text).lookingAt()) {
            close();
            segment = Segment.END;
            return i;
        }
        if (afterBreak && mainSeen && segment != Segment.PRE_MAIN && segment != Segment.INTERLUDE
                && InstrumentTitles.opensTitle(text)) {
            int titleEnd = appendixTitleEnd(i);
            if (titleEnd >= 0) {
                close();
                startAmendingAct(i, titleEnd);
                return titleEnd;
            }
        }
        if (COUNTERSIGN.matcher(text).lookingAt()) {
            close();
            int end = paragraphEnd(i);
            // A code has no countersignature of its own: the act that brings it into force carries it.
            if ((segment == Segment.MAIN || segment == Segment.PRE_MAIN) && countersignature == null) {
                countersignature = joined(i, end, " ");
            }
            if (segment == Segment.MAIN) {
                segment = Segment.TAIL;
            }
            return end;
        }
        if (text.startsWith("หมายเหตุ")) {
            close();
            int end = paragraphEnd(i);
            note(FootnoteMarkers.strip(joined(i, end, "\n")));
            return end;
        }
        if (afterBreak && text.startsWith("คำวินิจฉัยศาลรัฐธรรมนูญ")) {
            close();
            int end = paragraphEnd(i);
            courtRulings.add(FootnoteMarkers.strip(joined(i, end, " ")));
            return end;
        }
        if (afterBreak && open != null && CLOSING.matcher(text).lookingAt()) {
            close();
            if (segment == Segment.MAIN) {
                segment = Segment.TAIL;
            }
            return i;
        }
        if (afterBreak && segment != Segment.APPENDIX && segment != Segment.PRE_MAIN && mainSeen
                && body.get(i).emptyBefore() >= 2 && SCHEDULE_START.matcher(text).lookingAt()) {
            close();
            segment = Segment.SCHEDULE;
            return i;
        }
        if (segment == Segment.SCHEDULE) {
            return i;
        }
        Optional<ProvisionLabel> label = ProvisionLabel.at(text);
        if (label.isPresent() && acceptsLabel(label.get(), afterBreak)) {
            close();
            startProvision(label.get());
            return i;
        }
        if (afterBreak && (segment == Segment.MAIN || segment == Segment.INTERLUDE || segment == Segment.TAIL)) {
            Optional<Heading> heading = Heading.at(text);
            if (heading.isPresent() && (segment != Segment.INTERLUDE || isCode())) {
                close();
                Heading h = heading.get();
                int next = i + 1;
                if (h.awaitsName() && next < body.size() && isHeadingName(next)) {
                    h = h.withName(body.get(next).text());
                    i = next;
                }
                segment = Segment.MAIN;
                outline.open(h);
                return i;
            }
        }
        if (EDITORIAL_NOTE.matcher(text).matches()) {
            return i;
        }
        if (afterBreak && segment == Segment.MAIN && SUBHEADING_START.matcher(text).lookingAt()) {
            int end = paragraphEnd(i);
            if (isSubheadingGroup(i, end)) {
                close();
                outline.open(new Heading("SUBHEADING", "", FootnoteMarkers.strip(joined(i, end, " "))));
                return end;
            }
        }
        if (open != null) {
            open.add(text);
            return i;
        }
        if (segment == Segment.MAIN && provisions.isEmpty()) {
            preamble.add(FootnoteMarkers.strip(text));
            if (enablingClause == null && text.contains("อาศัยอำนาจ")) {
                enablingClause = EnablingClauses.find(FootnoteMarkers.strip(joined(i, paragraphEnd(i), " "))).orElse(null);
            }
        }
        return i;
    }

    /**
     * Codes print lettered or numbered captions between sections without a rule ("๒. บุริมสิทธิพิเศษ",
     * "(ก) บุริมสิทธิเหนือสังหาริมทรัพย์"): short lines standing alone right before a section.
     */
    private boolean isSubheadingGroup(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (body.get(k).text().length() > 100) {
                return false;
            }
        }
        int next = to + 1;
        while (next < body.size() && (body.get(next).blank() || body.get(next).rule())) {
            next++;
        }
        return next > to + 1 && next < body.size() && ProvisionLabel.at(body.get(next).text()).isPresent();
    }

    /** A หมายเหตุ (statement of reasons) belongs to the instrument whose segment it closes. */
    private void note(String text) {
        if (segment == Segment.APPENDIX && !amending.isEmpty()) {
            amending.get(amending.size() - 1).reasons = text;
        } else if ((segment == Segment.MAIN || segment == Segment.TAIL) && reasons == null) {
            reasons = text;
        }
    }

    private boolean acceptsLabel(ProvisionLabel label, boolean afterBreak) {
        if (segment == Segment.END || segment == Segment.SCHEDULE) {
            return false;
        }
        if (lastKindInSegment != null && !lastKindInSegment.equals(label.kind())) {
            return false;
        }
        if (afterBreak || open == null) {
            return true;
        }
        // Without a blank line before it a label is taken only when it is the next number in turn.
        return lastNumberInSegment != null && ProvisionLabel.compare(label.number(), lastNumberInSegment) > 0
                && ProvisionLabel.sortKey(label.number())[0] - ProvisionLabel.sortKey(lastNumberInSegment)[0] <= 1;
    }

    private void header(HeaderBlock block) {
        close();
        switch (block.kind()) {
            case TITLE -> {
                // Old codes print their title twice: above the royal preamble and again above Part 1.
                if (block == main || InstrumentTitles.key(block.title()).equals(InstrumentTitles.key(main.title()))) {
                    segment = Segment.MAIN;
                    mainSeen = true;
                    resetLabels();
                    block.headings().forEach(outline::open);
                } else if (!mainSeen) {
                    segment = Segment.PRE_MAIN;
                    resetLabels();
                } else if (isCode()) {
                    segment = Segment.INTERLUDE;
                    resetLabels();
                } else {
                    amending.add(new AmendingActDraft(block.title()));
                    segment = Segment.APPENDIX;
                    resetLabels();
                }
            }
            case HEADING -> {
                if (mainSeen && segment != Segment.APPENDIX && segment != Segment.END) {
                    if (segment != Segment.MAIN) {
                        resetLabels();
                    }
                    segment = Segment.MAIN;
                    block.headings().forEach(outline::open);
                } else if (segment != Segment.APPENDIX && segment != Segment.END) {
                    warnings.add("หัวข้อ \"" + block.text() + "\" อยู่ก่อนชื่อกฎหมายหลัก จึงไม่ได้นำเข้าโครงสร้าง");
                }
            }
            case SCHEDULE -> {
                if (segment != Segment.APPENDIX && segment != Segment.END) {
                    segment = mainSeen ? Segment.SCHEDULE : segment;
                }
            }
            default -> {
                if (block.text().startsWith("หมายเหตุ")) {
                    note(FootnoteMarkers.strip(joined(block.start(), block.end() - 1, "\n")));
                } else if (mainSeen && segment == Segment.MAIN) {
                    // Codes print unnumbered sub-headings ("๑. บทเบ็ดเสร็จทั่วไป") the same way as chapters.
                    outline.open(new Heading("SUBHEADING", "", FootnoteMarkers.strip(block.text())));
                } else if (mainSeen && (segment == Segment.TAIL || segment == Segment.INTERLUDE)) {
                    // Treaties and other annexes printed after the signature: kept out of the provisions.
                    warnings.add("ข้อความ \"" + shorten(block.text()) + "\" (บรรทัด " + body.get(block.start()).number()
                            + ") ไม่ใช่ชื่อกฎหมาย หัวข้อ หรือบัญชี จึงถือเป็นภาคผนวกและไม่นำเข้าเป็นบทบัญญัติ");
                    segment = Segment.SCHEDULE;
                }
            }
        }
    }

    private void resetLabels() {
        lastKindInSegment = null;
        lastNumberInSegment = null;
    }

    private boolean isCode() {
        return main != null && main.type() == InstrumentType.CODE;
    }

    /** The index of the line closing an appendix title that starts at i, or -1 when i is no such title. */
    private int appendixTitleEnd(int i) {
        String text = body.get(i).text();
        if (text.length() > 400) {
            return -1;
        }
        if (ENDS_WITH_MARKER.matcher(text).find()) {
            return i;
        }
        int next = i + 1;
        if (next < body.size() && body.get(next).emptyBefore() == 0 && !body.get(next).blank()
                && body.get(next).text().length() < 200 && ENDS_WITH_MARKER.matcher(body.get(next).text()).find()
                && ProvisionLabel.at(body.get(next).text()).isEmpty()) {
            return next;
        }
        return -1;
    }

    private void startAmendingAct(int from, int to) {
        List<String> lines = new ArrayList<>();
        List<Integer> markers = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            lines.add(body.get(k).text());
            markers.addAll(FootnoteMarkers.numbers(body.get(k).text()));
        }
        AmendingActDraft act = new AmendingActDraft(HeaderBlock.joinTitle(lines));
        act.footnote = markers.isEmpty() ? null : markers.get(markers.size() - 1);
        amending.add(act);
        segment = Segment.APPENDIX;
        resetLabels();
    }

    private void startProvision(ProvisionLabel label) {
        List<Provision> target = switch (segment) {
            case PRE_MAIN, INTERLUDE -> promulgating;
            case APPENDIX -> amending.get(amending.size() - 1).provisions;
            default -> provisions;
        };
        if (segment == Segment.TAIL) {
            segment = Segment.MAIN;
        }
        List<String> path = segment == Segment.MAIN
                ? outline.currentPath()
                : List.of();
        open = new ProvisionDraft(label, path);
        openTarget = target;
        lastKindInSegment = label.kind();
        lastNumberInSegment = label.number();
        if (!label.rest().isBlank()) {
            open.add(label.rest());
        }
    }

    private void close() {
        if (open != null) {
            openTarget.add(open.build());
            open = null;
        }
    }

    private boolean isHeadingName(int index) {
        SourceLine next = body.get(index);
        String t = next.text();
        return !next.blank() && !next.rule() && next.emptyBefore() == 0 && t.length() < 150
                && ProvisionLabel.at(t).isEmpty() && Heading.at(t).map(h -> h.number().isEmpty()).orElse(true)
                && !blocksByStart.containsKey(index);
    }

    /** Last index of the paragraph group starting at i: up to the next blank, rule or block boundary. */
    private int paragraphEnd(int i) {
        int end = i;
        while (end + 1 < body.size()) {
            SourceLine next = body.get(end + 1);
            if (next.blank() || next.rule() || next.emptyBefore() > 0 || blocksByStart.containsKey(end + 1)) {
                break;
            }
            end++;
        }
        return end;
    }

    private String joined(int from, int to, String separator) {
        List<String> parts = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            parts.add(body.get(k).text());
        }
        return String.join(separator, parts);
    }


    /**
     * The first title in the text when no block sits above a rule. Printed titles (gazette PDFs, typed
     * drafts) often put the instrument word alone on the first line and the name and year below it, so a
     * bare type word takes the next few lines up to the one with the year.
     */
    private String firstTitleLine() {
        for (int i = 0; i < body.size(); i++) {
            String t = body.get(i).text();
            if (t.isEmpty() || !InstrumentTitles.opensTitle(t)) {
                continue;
            }
            if (!InstrumentTitles.isTypeWord(t)) {
                return HeaderBlock.joinTitle(body.subList(i, paragraphEnd(i) + 1).stream().map(SourceLine::text).toList());
            }
            List<String> parts = new ArrayList<>(List.of(t));
            for (int k = i + 1; k < body.size() && k <= i + 4; k++) {
                String next = body.get(k).text();
                if (next.isEmpty() || ProvisionLabel.at(next).isPresent() || InstrumentTitles.isTypeWord(next)) {
                    break;
                }
                parts.add(next);
                if (InstrumentTitles.yearBe(String.join(" ", parts)) != null) {
                    return HeaderBlock.joinTitle(parts);
                }
            }
        }
        return null;
    }

    private ParsedLaw result() {
        String title = main != null ? main.title() : fallbackTitle;
        if (title == null || title.isBlank()) {
            throw new NotALegalInstrumentException("ไม่พบชื่อกฎหมาย (no title block such as \"พระราชบัญญัติ… พ.ศ. …\")"
                    + (hints.expectedTitle() != null ? " in the text expected to be \"" + hints.expectedTitle() + "\"" : "")
                    + ": check that the file holds the law itself and not an error or index page");
        }
        if (provisions.isEmpty() && !preamble.isEmpty() && countersignature != null) {
            // A few short old acts enact their whole content in the enacting formula, without sections.
            provisions.add(new Provision("TEXT", "", "", List.of(), List.copyOf(preamble), false, List.of()));
            warnings.add("ไม่มีมาตราหรือข้อ: เก็บบทบัญญัติทั้งหมดไว้เป็นบทบัญญัติเดียวที่ไม่มีเลข");
        }
        if (provisions.isEmpty()) {
            throw new NotALegalInstrumentException("\"" + title + "\": no มาตรา or ข้อ found in the body;"
                    + " the text may be cut short or hold only a schedule");
        }
        InstrumentType type = InstrumentTitles.typeOf(title);
        if (type == null) {
            type = hints.expectedType() != null ? hints.expectedType() : InstrumentType.OTHER;
        } else if (hints.expectedType() != null && hints.expectedType() != type) {
            warnings.add("ประเภทจากชื่อ (" + type.thaiName() + ") ไม่ตรงกับข้อมูลประกอบ (" + hints.expectedType().thaiName() + ")");
        }
        Integer year = InstrumentTitles.yearBe(title);
        if (year == null && main != null && type == InstrumentType.CODE) {
            year = promulgatingYear();
        }
        if (year == null) {
            year = publicationYear();
        }
        if (hints.expectedTitle() != null && main != null
                && !InstrumentTitles.key(title).equals(InstrumentTitles.key(hints.expectedTitle()))) {
            warnings.add("ชื่อในเอกสาร \"" + title + "\" ต่างจากชื่อในข้อมูลประกอบ \"" + hints.expectedTitle() + "\"");
        }
        warnUnknownMarkers();
        return new ParsedLaw(type, title, year, outline.nodes(), List.copyOf(provisions), List.copyOf(promulgating),
                amending.stream().map(AmendingActDraft::build).toList(), footnotes, AgencyClauses.find(provisions, promulgating), enablingClause,
                countersignature, reasons, List.copyOf(courtRulings), List.copyOf(warnings));
    }

    /** Titles such as "ประกาศของคณะปฏิวัติ ฉบับที่ ๑๘๙" carry no year: the first gazette citation dates them. */
    private Integer publicationYear() {
        return footnotes.stream().filter(f -> f.gazette() != null && f.gazette().date() != null && f.action() == null)
                .findFirst().map(f -> ThaiDates.beYear(f.gazette().date())).orElse(null);
    }

    private Integer promulgatingYear() {
        for (int i = 0; i < body.size(); i++) {
            HeaderBlock b = blocksByStart.get(i);
            if (b != null && b.kind() == HeaderBlock.Kind.TITLE && b != main) {
                return InstrumentTitles.yearBe(b.title());
            }
        }
        return null;
    }


    private void warnUnknownMarkers() {
        Set<Integer> known = new LinkedHashSet<>();
        footnotes.forEach(f -> known.add(f.number()));
        Set<Integer> missing = new LinkedHashSet<>();
        for (Provision p : provisions) {
            for (Integer n : p.footnotes()) {
                if (!known.contains(n)) {
                    missing.add(n);
                }
            }
        }
        if (!missing.isEmpty()) {
            warnings.add("เชิงอรรถหมายเลข " + missing + " ถูกอ้างในตัวบทแต่ไม่มีในรายการเชิงอรรถท้ายเอกสาร");
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
