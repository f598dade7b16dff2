package org.kotmai.thai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the provision references and years a person types into a search box, in every shape seen in
 * practice: "มาตรา ๔ ทวิ", "ม.77/1", "ม14", "ปพพ.ม.4", "มาตรา 32 และ 57", "ข้อ 5", "section 22",
 * "s. 4 bis", and years "พ.ศ. ๒๕๓๗", "2537", "B.E. 2562", "2007" (a plausible CE year, read as BE 2550).
 */
public final class ThaiCitations {

    /** Ordinal suffixes of inserted provisions, 2nd to 30th, as canonical numbers spell them. */
    public static final List<String> PALI_ORDINALS = List.of("ทวิ", "ตรี", "จัตวา", "เบญจ", "ฉ", "สัตต", "อัฏฐ",
            "นว", "ทศ", "เอกาทศ", "ทวาทศ", "เตรส", "จตุทศ", "ปัณรส", "โสฬส", "สัตตรส", "อัฏฐารส", "เอกูนวีสติ",
            "วีสติ", "เอกวีสติ", "ทวาวีสติ", "เตวีสติ", "จตุวีสติ", "ปัญจวีสติ", "ฉัพพีสติ", "สัตตวีสติ",
            "อัฏฐวีสติ", "เอกูนติงสติ", "ติงสติ");

    /** Other spellings users and texts give the same suffixes. */
    private static final Map<String, String> ORDINAL_VARIANTS = Map.of("อัฎฐ", "อัฏฐ", "อัฎฐารส", "อัฏฐารส",
            "bis", "ทวิ", "ter", "ตรี", "quater", "จัตวา");

    private static final String ORDINAL;

    static {
        List<String> all = new ArrayList<>(PALI_ORDINALS);
        all.addAll(ORDINAL_VARIANTS.keySet());
        // Longest first, so that อัฏฐารส is not read as อัฏฐ followed by stray letters.
        all.sort((a, b) -> b.length() - a.length());
        ORDINAL = String.join("|", all);
    }

    private static final String NUMBER = "(\\d{1,5})(?:\\s*/\\s*(\\d{1,4}))?(?:\\s*(" + ORDINAL
            + ")(?![ก-ฮ])(?:\\s*/\\s*(\\d{1,4}))?)?";

    /**
     * A provision marker: มาตรา, ข้อ, the abbreviation ม. (or a bare ม that does not end a Thai word, as
     * in "ม14"), or an English one.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:มาตรา|(?<![ก-๎])ม\\.?|(?<![ก-๎])ข้อ|(?<![a-z])(?:sections?|secs?\\.?|ss?\\.|§§?))\\s*" + NUMBER
                    + "((?:\\s*(?:,|และ|หรือ|and|or|&)\\s*" + NUMBER + ")*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIST_ITEM = Pattern.compile(NUMBER, Pattern.CASE_INSENSITIVE);

    private static final Pattern YEAR = Pattern.compile(
            "(?<![A-Za-z0-9])(?:(พ\\.?\\s?ศ\\.?|พุทธศักราช|B\\.?\\s?E\\.?)"
                    + "|(ค\\.?\\s?ศ\\.?|คริสต์ศักราช|A\\.?\\s?D\\.?|C\\.?\\s?E\\.?))?"
                    + "\\s*(?<![0-9/])(\\d{4})(?![0-9/])",
            Pattern.CASE_INSENSITIVE);

    private ThaiCitations() {
    }

    /**
     * A provision reference.
     *
     * @param numbers canonical numbers ("4 ทวิ", "77/1"), several for "มาตรา 32 และ 57"
     * @param start   offset of the reference in the analysed text
     * @param end     offset just past it
     */
    public record Reference(List<String> numbers, int start, int end) {
    }

    /**
     * A year.
     *
     * @param yearBe the year in the Buddhist Era
     * @param marked whether an era marker (พ.ศ., ค.ศ., B.E.) stood before it
     */
    public record Year(int yearBe, boolean marked, int start, int end) {
    }

    /** What was found, with offsets into {@link #text()}: the input with Thai digits made Arabic. */
    public record Found(String text, List<Reference> references, List<Year> years) {

        /** The text without the references and years, spaced where they stood. */
        public String remainder() {
            StringBuilder out = new StringBuilder(text);
            List<int[]> spans = new ArrayList<>();
            references.forEach(r -> spans.add(new int[] {r.start(), r.end()}));
            years.forEach(y -> spans.add(new int[] {y.start(), y.end()}));
            spans.sort((a, b) -> b[0] - a[0]);
            for (int[] span : spans) {
                out.replace(span[0], span[1], " ");
            }
            return out.toString().replaceAll("\\s+", " ").strip();
        }
    }

    public static Found find(String input) {
        String text = ThaiDigits.toArabic(input);
        List<Reference> references = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            List<String> numbers = new ArrayList<>();
            numbers.add(canonical(m.group(1), m.group(2), m.group(3), m.group(4)));
            String more = m.group(5);
            if (more != null && !more.isBlank()) {
                Matcher item = LIST_ITEM.matcher(more);
                while (item.find()) {
                    numbers.add(canonical(item.group(1), item.group(2), item.group(3), item.group(4)));
                }
            }
            references.add(new Reference(List.copyOf(numbers), m.start(), m.end()));
        }
        List<Year> years = new ArrayList<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            if (inside(references, y.start(3))) {
                continue;
            }
            int value = Integer.parseInt(y.group(3));
            boolean marked = y.group(1) != null || y.group(2) != null;
            int be = y.group(1) != null ? value
                    : y.group(2) != null ? BuddhistEra.toBe(value) : BuddhistEra.asBe(value);
            if (be > 0) {
                years.add(new Year(be, marked, y.start(), y.end()));
            }
        }
        return new Found(text, List.copyOf(references), List.copyOf(years));
    }

    private static boolean inside(List<Reference> references, int offset) {
        return references.stream().anyMatch(r -> offset >= r.start() && offset < r.end());
    }

    private static String canonical(String number, String slash, String ordinal, String ordinalSlash) {
        StringBuilder out = new StringBuilder(String.valueOf(Integer.parseInt(number)));
        if (slash != null) {
            out.append('/').append(Integer.parseInt(slash));
        }
        if (ordinal != null) {
            String lower = ordinal.toLowerCase(Locale.ROOT);
            out.append(' ').append(ORDINAL_VARIANTS.getOrDefault(lower, lower));
            if (ordinalSlash != null) {
                out.append('/').append(Integer.parseInt(ordinalSlash));
            }
        }
        return out.toString();
    }
}
