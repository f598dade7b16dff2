package org.kotmai.statute;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kotmai.thai.ThaiDigits;

/**
 * The label that opens a provision: "มาตรา ๔ ทวิ[๒]", "มาตรา ๗๗/๑", "มาตรา ๖๕ อัฏฐ/๑", "ข้อ ๑๒".
 *
 * @param kind      SECTION for มาตรา, CLAUSE for ข้อ
 * @param number    canonical number: Arabic digits, "/" without spaces, one space before a Pali
 *                  ordinal ("4 ทวิ", "77/1", "65 อัฏฐ/1")
 * @param label     the label as printed, markers removed
 * @param footnotes footnote markers glued to the label
 * @param rest      the text after the label on the same logical line, markers kept
 */
record ProvisionLabel(String kind, String number, String label, List<Integer> footnotes, String rest) {

    /**
     * Ordinal suffixes of inserted sections (2nd to 30th). Texts spell a few of them two ways;
     * both are listed.
     */
    static final List<String> PALI_ORDINALS = List.of("ทวิ", "ตรี", "จัตวา", "เบญจ", "ฉ", "สัตต", "อัฏฐ", "นว",
            "ทศ", "เอกาทศ", "ทวาทศ", "เตรส", "จตุทศ", "ปัณรส", "โสฬส", "สัตตรส", "อัฏฐารส", "เอกูนวีสติ", "วีสติ",
            "เอกวีสติ", "ทวาวีสติ", "เตวีสติ", "จตุวีสติ", "ปัญจวีสติ", "ฉัพพีสติ", "สัตตวีสติ", "อัฏฐวีสติ",
            "เอกูนติงสติ", "ติงสติ");

    /** Spellings found in the texts for the same ordinals, mapped to the spelling used in numbers. */
    static final Map<String, String> ORDINAL_VARIANTS = Map.of("อัฎฐ", "อัฏฐ", "อัฎฐารส", "อัฏฐารส", "อัฎฐวีสติ",
            "อัฏฐวีสติ", "ปัญจทศ", "ปัณรส");

    private static final String ORDINAL = Stream.concat(PALI_ORDINALS.stream(), ORDINAL_VARIANTS.keySet().stream())
            .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
    private static final String DIGITS = "[0-9\\u0E50-\\u0E59]+";
    private static final String NOT_THAI_LETTER = "(?![\\u0E01-\\u0E4E])";
    private static final Pattern LABEL = Pattern.compile(
            "^\\*?(มาตรา|มาตร|ข้อ)\\s*(" + DIGITS + "(?:\\s*/\\s*" + DIGITS + ")*"
                    + "(?:(?:\\s*\\[\\s*" + DIGITS + "\\s*\\])*\\s*(?:" + ORDINAL + ")" + NOT_THAI_LETTER
                    + "(?:\\s*/\\s*" + DIGITS + ")*)*)"
                    + "((?:\\s*\\[\\s*" + DIGITS + "\\s*\\])*)"
                    + "(?=$|[\\s\\u00A0.:\\-–]|\\[)[\\s\\u00A0.:\\-–]*");
    private static final Pattern SPLIT_ORDINAL = Pattern.compile("\\s*(" + ORDINAL + ")");

    /** Recognises a label at the start of the line; the line must already be whitespace-collapsed. */
    static Optional<ProvisionLabel> at(String line) {
        if (!(line.startsWith("มาตร") || line.startsWith("ข้อ") || line.startsWith("*"))) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1);
        // A marker may sit between the number and its ordinal ("มาตรา ๑๖๐[๖๗]จัตวา").
        String printedNumber = FootnoteMarkers.strip(m.group(2));
        List<Integer> footnotes = new java.util.ArrayList<>(FootnoteMarkers.numbers(m.group(2)));
        footnotes.addAll(FootnoteMarkers.numbers(m.group(3)));
        return Optional.of(new ProvisionLabel(word.startsWith("มาตร") ? "SECTION" : "CLAUSE", canonical(printedNumber),
                word + " " + printedNumber, List.copyOf(footnotes), line.substring(m.end())));
    }

    /** "๖๕ อัฏฐ / ๑" → "65 อัฏฐ/1". */
    static String canonical(String printed) {
        String s = ThaiDigits.toArabic(printed).replaceAll("\\s*/\\s*", "/");
        s = SPLIT_ORDINAL.matcher(s).replaceAll(m -> " " + ORDINAL_VARIANTS.getOrDefault(m.group(1), m.group(1)));
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Orders numbers as they follow each other in a text: 4 < 4/1 < 4 ทวิ < 4 ตรี < 5. */
    static int[] sortKey(String number) {
        String[] parts = number.split("[ /]");
        int[] key = new int[4];
        try {
            key[0] = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            key[0] = -1;
        }
        for (int i = 1; i < parts.length && i < 4; i++) {
            int ordinal = PALI_ORDINALS.indexOf(parts[i]);
            key[i] = ordinal >= 0 ? ordinal + 2 : parseOr(parts[i]);
        }
        return key;
    }

    static int compare(String a, String b) {
        return Arrays.compare(sortKey(a), sortKey(b));
    }

    private static int parseOr(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
