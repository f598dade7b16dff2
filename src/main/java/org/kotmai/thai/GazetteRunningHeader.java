package org.kotmai.thai;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the running header and footer lines that every Royal Gazette page prints (volume, issue,
 * page, date and the gazette's name) and bare page numbers, as they come out of PDF text extraction.
 *
 * <p>Extraction drops or detaches tone marks and scatters the header's parts over one line in any
 * order, so lines are compared on a skeleton without combining marks, SARA AM read as SARA AA, and
 * split into runs of digits and of other characters. A line is a header only when every run is a
 * header word, a number or a separator: one ordinary word of body text keeps the line. A header the
 * extractor broke over several lines is removed whole: the pieces next to a complete header go too.
 */
final class GazetteRunningHeader {

    private static final String GAZETTE = skeleton("ราชกิจจานุเบกษา");
    private static final Set<String> LOCATORS = Set.of(skeleton("หน้า"), skeleton("เล่ม"), skeleton("ตอนที่"),
            skeleton("ตอน"));
    private static final Set<String> MONTHS = skeletons(List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน",
            "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"));
    private static final Set<String> HEADER_WORDS = headerWords();
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\s*(?:" + skeleton("หน้า") + "\\s*)?(?:[-–—]\\s*)?[0-9๐-๙]{1,4}(?:\\s*[-–—])?\\s*");

    private GazetteRunningHeader() {
    }

    private static Set<String> headerWords() {
        Set<String> words = new HashSet<>(MONTHS);
        words.addAll(skeletons(List.of("ราชกิจจานุเบกษา", "หน้า", "เล่ม", "ตอนที่", "ตอน", "ที่", "ก", "ข", "ค", "ง",
                "ฉบับพิเศษ", "ฉบับ", "พิเศษ", "พ.ศ.", "จาก")));
        return Set.copyOf(words);
    }

    private static Set<String> skeletons(List<String> words) {
        return Set.copyOf(words.stream().map(GazetteRunningHeader::skeleton).toList());
    }

    enum Kind {
        /** The gazette's name, or two locators (หน้า, เล่ม, ตอนที่), with a number, and nothing else. */
        HEADER,
        /**
         * Only header words and numbers including the gazette's name, a locator or a month, as when the
         * extractor breaks one header over several lines; removed only next to a {@link #HEADER}.
         */
        FRAGMENT,
        /** Only a page number, optionally as "หน้า N" or between dashes; "๑." is a list item, not this. */
        PAGE_NUMBER,
        BLANK,
        TEXT
    }

    static Kind classify(String line) {
        if (line.isBlank()) {
            return Kind.BLANK;
        }
        String skeleton = skeleton(line);
        if (PAGE_NUMBER.matcher(skeleton).matches()) {
            return Kind.PAGE_NUMBER;
        }
        boolean hasNumber = false;
        boolean hasGazette = false;
        boolean hasMonth = false;
        Set<String> locators = new HashSet<>();
        for (String run : runs(skeleton)) {
            if (isNumber(run)) {
                hasNumber = true;
            } else if (!HEADER_WORDS.contains(run)) {
                return Kind.TEXT;
            }
            hasGazette |= run.equals(GAZETTE);
            hasMonth |= MONTHS.contains(run);
            if (LOCATORS.contains(run)) {
                locators.add(run);
            }
        }
        if (hasNumber && (hasGazette || locators.size() >= 2)) {
            return Kind.HEADER;
        }
        return hasGazette || hasMonth || !locators.isEmpty() ? Kind.FRAGMENT : Kind.TEXT;
    }

    /**
     * Removes headers, page numbers, and fragments that sit in one block (blank lines between allowed)
     * with a header. Blank lines are kept: paragraph breaks are the parser's business.
     */
    static List<String> remove(List<String> lines, RepairReport.Builder report) {
        List<Kind> kinds = lines.stream().map(GazetteRunningHeader::classify).toList();
        List<String> kept = new ArrayList<>(lines.size());
        int blockStart = 0;
        while (blockStart < lines.size()) {
            int blockEnd = blockStart;
            boolean hasHeader = false;
            while (blockEnd < lines.size() && kinds.get(blockEnd) != Kind.TEXT) {
                hasHeader |= kinds.get(blockEnd) == Kind.HEADER;
                blockEnd++;
            }
            for (int i = blockStart; i < blockEnd; i++) {
                Kind kind = kinds.get(i);
                if (kind == Kind.HEADER || (kind == Kind.FRAGMENT && hasHeader)) {
                    report.gazetteHeaderLineRemoved();
                } else if (kind == Kind.PAGE_NUMBER) {
                    report.pageNumberLineRemoved();
                } else {
                    kept.add(lines.get(i));
                }
            }
            if (blockEnd < lines.size()) {
                kept.add(lines.get(blockEnd));
            }
            blockStart = blockEnd + 1;
        }
        return kept;
    }

    private static String skeleton(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ThaiChars.SARA_AM) {
                out.append(ThaiChars.SARA_AA);
            } else if (!ThaiChars.isCombiningMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits on whitespace and separators and between digits and letters; "พ.ศ." stays whole. */
    private static List<String> runs(String skeleton) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            boolean separator = Character.isWhitespace(c) || c == '-' || c == '/' || c == ',' || c == '|'
                    || (c == '.' && !inThaiAbbreviation(skeleton, i));
            if (separator || (run.length() > 0 && ThaiDigits.isDigit(c) != ThaiDigits.isDigit(run.charAt(0)))) {
                flush(run, runs);
            }
            if (!separator) {
                run.append(c);
            }
        }
        flush(run, runs);
        return runs;
    }

    private static boolean inThaiAbbreviation(String s, int dot) {
        return dot > 0 && ThaiChars.isThai(s.charAt(dot - 1)) && !ThaiDigits.isDigit(s.charAt(dot - 1));
    }

    private static void flush(StringBuilder run, List<String> runs) {
        if (run.length() > 0) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    private static boolean isNumber(String run) {
        return !run.isEmpty() && run.chars().allMatch(c -> ThaiDigits.isDigit((char) c));
    }
}
