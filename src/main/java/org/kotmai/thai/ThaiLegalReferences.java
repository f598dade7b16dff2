package org.kotmai.thai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the text of a provision refers to provisions and laws, in the shapes Thai statutes use: "ตามมาตรา ๙
 * ทวิ", "มาตรา ๕ และมาตรา ๖", "มาตรา ๑๐ ถึงมาตรา ๑๔", "ตามวรรคหนึ่ง", "ตาม (๒)", "มาตรา ๒๒ แห่งพระราชบัญญัติ… พ.ศ.
 * …", "ตามประมวลกฎหมายอาญา", and the repeal and amendment formulas "ให้ยกเลิก (๑) พระราชบัญญัติ… พ.ศ. …" and
 * "ให้ยกเลิกความในมาตรา … แห่ง…". Offsets and quoted words refer to the text with Arabic digits and single spaces.
 */
public final class ThaiLegalReferences {

    /** What the referring text does to its target. */
    public enum Effect { CITES, REPEALS, AMENDS }

    /**
     * One reference.
     *
     * @param provisions canonical provision numbers ("9 ทวิ", "77/1"); empty when only a paragraph, an item or a
     *                   whole law is named
     * @param paragraph  the วรรค named (1 for วรรคหนึ่ง), or null
     * @param item       the item named ("2" for (๒), "ก" for (ก)), or null
     * @param law        the other instrument as written (Arabic digits, single spaces, without its year), or null
     *                   when the reference is to the law containing it
     * @param lawYearBe  the other instrument's BE year as written, or null
     * @param effect     cites, repeals or amends
     * @param evidence   the referring words with a little of what precedes them
     */
    public record Reference(List<String> provisions, Integer paragraph, String item, String law, Integer lawYearBe,
            Effect effect, String evidence, int start, int end) {

        public boolean external() {
            return law != null;
        }
    }

    /** A law named in running text: the title as written without its year, and the year. */
    public record LawMention(String title, Integer yearBe, int start, int end) {
    }

    private static final List<String> INSTRUMENT_WORDS = List.of("พระราชบัญญัติ", "พระราชกำหนด", "พระราชกฤษฎีกา",
            "ประมวลกฎหมาย", "ประมวลรัษฎากร", "กฎกระทรวง", "รัฐธรรมนูญแห่งราชอาณาจักรไทย", "พระธรรมนูญ");
    private static final String INSTRUMENT = "(?:" + String.join("|", INSTRUMENT_WORDS) + ")";
    /** Codes and the constitution are cited without a year. */
    private static final Pattern YEARLESS_INSTRUMENT =
            Pattern.compile("^(?:ประมวลกฎหมาย|ประมวลรัษฎากร|รัฐธรรมนูญแห่งราชอาณาจักรไทย|พระธรรมนูญ)");
    private static final String YEAR = "(?:พ\\.ศ\\.|พระพุทธศักราช|พุทธศักราช) ?(\\d{4})";
    private static final String EDITION = "\\(ฉบับที่ ?\\d{1,3}\\)";
    /** Words after an instrument word that point back at an instrument already named, not at a new one. */
    private static final String ANAPHORA = "(?!นี้|ดังกล่าว|ที่|ตาม|ว่าด้วย|ฉบับนี้|นั้น)";
    private static final Pattern LAW_WITH_YEAR = Pattern.compile(INSTRUMENT + "(?!นี้|ดังกล่าว|ฉบับนี้|นั้น|ตาม)"
            + "(?:(?!มาตรา|ให้ยกเลิก)(?:[^()\\s]| |" + EDITION + ")){1,160}? ?" + YEAR
            + "(?: ?" + EDITION + " ?" + YEAR + ")?");
    private static final Pattern LAW_WITHOUT_YEAR = Pattern.compile(INSTRUMENT + ANAPHORA + "[^\\s()]{0,60}");
    private static final Pattern SELF = Pattern.compile("^(?:" + INSTRUMENT + "|กฎ|ระเบียบ|ประกาศ|ข้อบังคับ)นี้");
    private static final Pattern YEAR_AT = Pattern.compile(YEAR);
    private static final Pattern INSTRUMENT_WORD = Pattern.compile(INSTRUMENT);
    /** Words that begin the clause after a law's name, never the rest of a name. */
    private static final Pattern FOLLOWING_WORD = Pattern.compile(
            "(?:มาใช้|มาบังคับ|ให้|และ|หรือ|ซึ่ง|ที่|ใน|โดย|เป็น|ด้วย"
            + "|แล้ว|ได้|ก็|เว้นแต่|เท่านั้น|แต่|ไม่)");
    private static final int MIN_NAME_KEY = 10;
    /** Words that end a law name glued to the text after it; none occurs inside the names of codes. */
    private static final Pattern AFTER_NAME = Pattern.compile("มาใช้|มาบังคับ|โดยอนุโลม|ว่าด้วย|นั้น|ซึ่ง|เว้นแต่|ทั้งนี้"
            + "|ให้|แล้ว|เป็น|ได้");
    /** Instrument words that are whole titles by themselves. */
    private static final Pattern COMPLETE_TITLE = Pattern.compile("ประมวลรัษฎากร|รัฐธรรมนูญแห่งราชอาณาจักรไทย");
    private static final Pattern CLOSING_YEAR = Pattern.compile(" ?" + YEAR + "$");
    private static final Pattern AMENDING = Pattern.compile("(" + INSTRUMENT + ")แก้ไขเพิ่มเติม");

    private static final String ORDINAL;

    static {
        List<String> all = new ArrayList<>(ThaiCitations.PALI_ORDINALS);
        all.sort(Comparator.comparingInt(String::length).reversed());
        ORDINAL = String.join("|", all);
    }

    /** A number: 5, 77/1, 9 ทวิ, 65 อัฏฐ/1; a suffix must end at a word boundary Thai spelling allows. */
    private static final String NUMBER = "(\\d{1,4})(?:/(\\d{1,3}))?(?: ?(" + ORDINAL + ")(?:/(\\d{1,3}))?"
            + "(?=[^ก-๙]|$|แห่ง|และ|หรือ|วรรค|ถึง|ของ|ตาม|ซึ่ง|ให้|ได้|ใน|มา|เป็น|จะ|ไม่|แล้ว|นั้น|นี้))?";
    private static final Pattern PROVISION = Pattern.compile("(มาตรา|ข้อ) ?" + NUMBER
            + "((?:(?: ?, ?| ?(?:และ|หรือ|ถึง) ?| (?=มาตรา|ข้อ))(?:มาตรา ?|ข้อ ?)?" + NUMBER + ")*)");
    private static final Pattern LIST_ITEM =
            Pattern.compile("(, ?|และ|หรือ|ถึง|(?= ?(?:มาตรา|ข้อ))) ?(?:มาตรา ?|ข้อ ?)?" + NUMBER);
    private static final String PARAGRAPH_WORDS = "หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ";
    private static final Map<String, Integer> PARAGRAPHS = Map.of("หนึ่ง", 1, "สอง", 2, "สาม", 3, "สี่", 4, "ห้า",
            5, "หก", 6, "เจ็ด", 7, "แปด", 8, "เก้า", 9, "สิบ", 10);
    private static final Pattern PARAGRAPH_AFTER = Pattern.compile("^ ?วรรค(" + PARAGRAPH_WORDS + ")");
    private static final Pattern ITEM_AFTER = Pattern.compile("^ ?\\((\\d{1,2}|[ก-ฮ])\\)");
    private static final Pattern OF_LAW = Pattern.compile("^ ?(?:แห่ง|ของ) ?");
    private static final Pattern PARAGRAPH_ALONE = Pattern.compile("(?<!มาตรา)วรรค(" + PARAGRAPH_WORDS + ")");
    private static final Pattern ITEM_ALONE = Pattern.compile("(?:ตาม|ใน) ?\\((\\d{1,2}|[ก-ฮ])\\)");
    private static final Pattern REPEAL = Pattern.compile("ให้ยกเลิก");
    /** What may stand between ให้ยกเลิก and a repealed law, or between two laws of its list. */
    private static final Pattern REPEAL_GAP = Pattern.compile(
            "^ ?(?:\\(\\d{1,2}\\) ?)?(?:(?:และ|หรือ|,) ?)?(?:\\(\\d{1,2}\\) ?)?(ความใน ?|บทบัญญัติ ?)?$");
    private static final int MAX_RANGE = 60;
    private static final int EVIDENCE_BEFORE = 30;

    private ThaiLegalReferences() {
    }

    /** The text as offsets refer to it: Arabic digits, every run of white space one space. */
    public static String normalise(String text) {
        // A char array rather than a builder, which would widen itself at the first Thai letter.
        char[] out = new char[text.length()];
        int length = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The white space of the regular expression \s: ASCII only.
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out[length++] = ThaiDigits.isThaiDigit(c) ? ThaiDigits.toArabic(c) : c;
            } else if (!inSpace) {
                out[length++] = ' ';
            }
            inSpace = space;
        }
        return new String(out, 0, length).strip();
    }

    /** Every reference in a provision's text, in text order. */
    public static List<Reference> find(String text) {
        String t = normalise(text);
        List<Reference> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        // Each search below needs a word of its own: texts without it are not searched, which saves most of the
        // time, since the patterns are tried at every position of every provision of an import.
        Matcher m = PROVISION.matcher(t.contains("มาตรา") || t.contains("ข้อ") ? t : "");
        while (m.find()) {
            provisionReference(t, m).ifPresent(r -> {
                found.add(r);
                taken.add(new int[] {r.start(), r.end()});
            });
            // A reference dropped as anaphoric still hides its words from the searches below.
            taken.add(new int[] {m.start(), m.end()});
        }
        for (LawMention law : laws(t)) {
            if (!overlaps(taken, law.start(), law.end())) {
                found.add(new Reference(List.of(), null, null, law.title(), law.yearBe(), Effect.CITES,
                        evidence(t, law.start(), law.end()), law.start(), law.end()));
                taken.add(new int[] {law.start(), law.end()});
            }
        }
        Matcher p = PARAGRAPH_ALONE.matcher(t.contains("วรรค") ? t : "");
        while (p.find()) {
            if (!overlaps(taken, p.start(), p.end())) {
                found.add(new Reference(List.of(), PARAGRAPHS.get(p.group(1)), null, null, null, Effect.CITES,
                        evidence(t, p.start(), p.end()), p.start(), p.end()));
            }
        }
        Matcher i = ITEM_ALONE.matcher(t.indexOf('(') >= 0 ? t : "");
        while (i.find()) {
            if (!overlaps(taken, i.start(1) - 1, i.end())) {
                found.add(new Reference(List.of(), null, i.group(1), null, null, Effect.CITES,
                        evidence(t, i.start(), i.end()), i.start(1) - 1, i.end()));
            }
        }
        found.sort(Comparator.comparingInt(Reference::start));
        return withEffects(t, found);
    }

    /** Laws named in the text with their year, and codes named without one, not counting "this act". */
    public static List<LawMention> laws(String normalised) {
        List<LawMention> out = new ArrayList<>();
        if (INSTRUMENT_WORDS.stream().noneMatch(normalised::contains)) {
            return out;
        }
        boolean year = normalised.contains("พ.ศ.") || normalised.contains("พุทธศักราช");
        Matcher m = LAW_WITH_YEAR.matcher(year ? normalised : "");
        while (m.find()) {
            out.add(mention(m.group(), m.start(), m.end()));
        }
        Matcher y = LAW_WITHOUT_YEAR.matcher(normalised);
        while (y.find()) {
            LawMention yearless = yearless(y.group(), y.start());
            if (yearless != null && YEARLESS_INSTRUMENT.matcher(yearless.title()).find()
                    && out.stream().noneMatch(l -> y.start() < l.end() && l.start() < y.end())) {
                out.add(yearless);
            }
        }
        out.sort(Comparator.comparingInt(LawMention::start));
        return out;
    }

    /**
     * The key under which a law title is compared: Arabic digits, no spaces or dots, without the year and the
     * consolidator's "(ฉบับ Update ล่าสุด)"; the edition "(ฉบับที่ ๒)" stays, as it names another instrument.
     */
    public static String titleKey(String title) {
        String t = normalise(title).replace("(ฉบับ Update ล่าสุด)", "");
        Matcher year = YEAR_AT.matcher(t);
        int cut = t.length();
        while (year.find()) {
            if (year.end() >= t.length() - 1 || !t.substring(year.end()).matches(" ?" + EDITION + " ?" + YEAR)) {
                cut = year.start();
            }
        }
        return t.substring(0, cut).replaceAll("[\\s.]", "");
    }

    /** The title without its closing year, Arabic digits: "พระราชบัญญัติไพ่ พุทธศักราช ๒๔๘๖" → "พระราชบัญญัติไพ่". */
    public static String withoutYear(String title) {
        return CLOSING_YEAR.matcher(normalise(title).replace("(ฉบับ Update ล่าสุด)", "").strip()).replaceFirst("");
    }

    /**
     * For the title of an amending act, the law it amends, without year: "พระราชบัญญัติผึ้ง (ฉบับที่ ๒) พ.ศ. ๒๕๐๕"
     * and "พระราชบัญญัติแก้ไขเพิ่มเติมพระราชบัญญัติผึ้ง พ.ศ. ๒๔๙๐ พ.ศ. ๒๕๐๐" both give "พระราชบัญญัติผึ้ง"; null
     * for any other title.
     */
    public static String amendedByTitle(String title) {
        String t = withoutYear(title);
        boolean edition = t.matches(".*" + EDITION + ".*");
        t = t.replaceAll(" ?" + EDITION, "").strip();
        Matcher amending = AMENDING.matcher(t);
        if (amending.lookingAt()) {
            String rest = t.substring(amending.end());
            t = INSTRUMENT_WORD.matcher(rest).lookingAt() ? rest : amending.group(1) + rest;
            return withoutYear(t);
        }
        return edition ? t : null;
    }

    /**
     * Whether a law cited without its year, by the words {@code mentionKey} ({@link #titleKey}), names the law titled
     * {@code titleKey}. Text glues the next word to the name ("…ประมวลกฎหมายอาญามาใช้บังคับ"), so a code or the
     * constitution may be followed by anything, and an act only by a word that cannot continue a title.
     */
    public static boolean namesTitle(String mentionKey, String titleKey) {
        if (mentionKey.equals(titleKey)) {
            return true;
        }
        if (!mentionKey.startsWith(titleKey) || titleKey.length() < MIN_NAME_KEY) {
            return false;
        }
        return YEARLESS_INSTRUMENT.matcher(titleKey).find()
                || FOLLOWING_WORD.matcher(mentionKey.substring(titleKey.length())).lookingAt();
    }

    /** The BE year ending a law title, or null. */
    public static Integer titleYear(String title) {
        Matcher year = YEAR_AT.matcher(normalise(title));
        Integer last = null;
        while (year.find()) {
            last = Integer.parseInt(year.group(1));
        }
        return last;
    }

    private static LawMention mention(String words, int start, int end) {
        Matcher year = YEAR_AT.matcher(words);
        int yearStart = -1;
        Integer value = null;
        while (year.find()) {
            yearStart = year.start();
            value = Integer.parseInt(year.group(1));
        }
        String title = words;
        if (yearStart >= 0) {
            // An old amending act names its parent with a year, then its own: keep the parent's inside the title.
            title = words.substring(0, yearStart).strip();
        }
        return new LawMention(title, value, start, end);
    }

    private static Optional<Reference> provisionReference(String t, Matcher m) {
        List<String> numbers = new ArrayList<>();
        numbers.add(canonical(m.group(2), m.group(3), m.group(4), m.group(5)));
        String more = m.group(6);
        if (more != null && !more.isEmpty()) {
            Matcher item = LIST_ITEM.matcher(more);
            while (item.find()) {
                String number = canonical(item.group(2), item.group(3), item.group(4), item.group(5));
                if (item.group(1).equals("ถึง")) {
                    numbers.addAll(range(numbers.get(numbers.size() - 1), number));
                }
                numbers.add(number);
            }
        }
        int end = m.end();
        Integer paragraph = null;
        String itemLabel = null;
        Matcher para = PARAGRAPH_AFTER.matcher(t).region(end, t.length());
        para.useAnchoringBounds(true);
        if (para.lookingAt()) {
            paragraph = PARAGRAPHS.get(para.group(1));
            end = para.end();
        }
        Matcher itm = ITEM_AFTER.matcher(t).region(end, t.length());
        if (itm.lookingAt()) {
            itemLabel = itm.group(1);
            end = itm.end();
        }
        String law = null;
        Integer year = null;
        Matcher of = OF_LAW.matcher(t).region(end, t.length());
        if (of.lookingAt()) {
            String rest = t.substring(of.end());
            if (SELF.matcher(rest).find()) {
                Matcher self = SELF.matcher(rest);
                self.find();
                end = of.end() + self.end();
            } else {
                LawMention mention = lawAt(rest);
                if (mention == null) {
                    // "มาตรา ๕ แห่งกฎหมายว่าด้วย…" or "…แห่งพระราชบัญญัติดังกล่าว": another law, not identifiable.
                    return Optional.empty();
                }
                law = mention.title();
                year = mention.yearBe();
                end = of.end() + mention.end();
            }
        }
        return Optional.of(new Reference(List.copyOf(numbers), paragraph, itemLabel, law, year,
                Effect.CITES, evidence(t, m.start(), end), m.start(), end));
    }

    /** The law named at the very start of the text, with its year if it has one; null if none is. */
    private static LawMention lawAt(String text) {
        Matcher withYear = LAW_WITH_YEAR.matcher(text);
        if (withYear.lookingAt()) {
            return mention(withYear.group(), 0, withYear.end());
        }
        Matcher without = LAW_WITHOUT_YEAR.matcher(text);
        return without.lookingAt() ? yearless(without.group(), 0) : null;
    }

    /**
     * A law named without a year: the instrument word and the rest of the glued run, cut where the words after the
     * name begin ("ประมวลกฎหมายอาญามาใช้บังคับ" → "ประมวลกฎหมายอาญา"); null when only an instrument word is left.
     */
    private static LawMention yearless(String run, int start) {
        Matcher word = INSTRUMENT_WORD.matcher(run);
        if (!word.lookingAt()) {
            return null;
        }
        String title = run;
        Matcher after = AFTER_NAME.matcher(run).region(word.end(), run.length());
        if (after.find()) {
            title = run.substring(0, after.start());
        }
        if (title.length() == word.end() && !COMPLETE_TITLE.matcher(title).matches()) {
            return null;
        }
        return new LawMention(title, null, start, start + title.length());
    }

    private static List<Reference> withEffects(String t, List<Reference> found) {
        List<Integer> repeals = new ArrayList<>();
        Matcher r = REPEAL.matcher(t);
        while (r.find()) {
            repeals.add(r.end());
        }
        if (repeals.isEmpty()) {
            return List.copyOf(found);
        }
        List<Reference> out = new ArrayList<>(found.size());
        int chainEnd = -1;
        Effect chainEffect = null;
        for (Reference ref : found) {
            Effect effect = Effect.CITES;
            int anchor = -1;
            for (int at : repeals) {
                if (at <= ref.start()) {
                    anchor = at;
                }
            }
            int from = Math.max(anchor, chainEnd);
            if (from >= 0 && from <= ref.start()) {
                Matcher gap = REPEAL_GAP.matcher(t.substring(from, ref.start()));
                if (gap.matches()) {
                    boolean amends = gap.group(1) != null || (from == chainEnd && chainEffect == Effect.AMENDS);
                    effect = amends ? Effect.AMENDS : Effect.REPEALS;
                }
            }
            if (effect != Effect.CITES && ref.external()) {
                out.add(new Reference(ref.provisions(), ref.paragraph(), ref.item(), ref.law(), ref.lawYearBe(),
                        effect, ref.evidence(), ref.start(), ref.end()));
                chainEnd = ref.end();
                chainEffect = effect;
            } else {
                out.add(ref);
                chainEnd = -1;
            }
        }
        return List.copyOf(out);
    }

    private static List<String> range(String from, String to) {
        if (!from.matches("\\d+") || !to.matches("\\d+")) {
            return List.of();
        }
        int a = Integer.parseInt(from);
        int b = Integer.parseInt(to);
        List<String> between = new ArrayList<>();
        if (b > a && b - a <= MAX_RANGE) {
            for (int n = a + 1; n < b; n++) {
                between.add(String.valueOf(n));
            }
        }
        return between;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> start < s[1] && s[0] < end);
    }

    private static String evidence(String t, int start, int end) {
        int from = Math.max(0, start - EVIDENCE_BEFORE);
        int space = t.indexOf(' ', from);
        if (from > 0 && space >= 0 && space < start) {
            from = space + 1;
        }
        return t.substring(from, end).strip();
    }

    private static String canonical(String number, String slash, String ordinal, String ordinalSlash) {
        StringBuilder out = new StringBuilder(String.valueOf(Integer.parseInt(number)));
        if (slash != null) {
            out.append('/').append(Integer.parseInt(slash));
        }
        if (ordinal != null) {
            out.append(' ').append(ordinal);
            if (ordinalSlash != null) {
                out.append('/').append(Integer.parseInt(ordinalSlash));
            }
        }
        return out.toString();
    }
}
