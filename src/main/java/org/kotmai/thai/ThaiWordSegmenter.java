package org.kotmai.thai;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Splits text into normalised word tokens: Thai words by dictionary segmentation, its known wrong cuts re-cut
 * ({@link SegmentationFixes}), legal compounds re-assembled ({@link LegalCompounds}), digits as Arabic, thousands
 * separators dropped, Latin lowercased, punctuation dropped.
 *
 * <p>The JDK's Thai word {@link BreakIterator} was chosen over ICU4J's by measurement
 * ({@code SegmenterMeasurement} in the tests) on the 5,127 NitiBench gold sections (2.39 M chars), over
 * 28,819 occurrences of 32 legal words that a search must find whole: the JDK cut through 17.9% of them
 * and glued 6.0% to a neighbour, ICU4J cut through 46.6% (พระ|ราช|บัญญัติ, ภาษี|มูลค่า|เพิ่ม,
 * พนักงาน|เจ้า|หน้าที่) and glued 0.7%. Both take about 1 ms for 20,000 characters, so speed did not
 * decide. The two never agreed on a whole section, so index and query must use the same one: this class.
 * With the compound list and the fixes of its wrong cuts the analyzer emits 93.2% of those occurrences as a token
 * of their own (92.2% without the fixes, 76.1% for the JDK alone), 93.5% for the 23 words the list does not
 * contain; the whole analysis takes about 4 ms for 20,000 characters.
 */
@Component
final class ThaiWordSegmenter {

    private static final Locale THAI = Locale.forLanguageTag("th");
    /** Laws write percentages in words ("ร้อยละ ๗"); a typed "7%" must meet them. */
    private static final String PERCENT = "ร้อยละ";
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    /** Longer runs seldom repeat; caching them would only fill the cache. */
    static final int CACHED_RUN_LENGTH = 82;
    private static final int CACHE_ENTRIES = 60_000;

    private final SegmentationFixes fixes = SegmentationFixes.fromClasspath();
    private final LegalCompounds compounds = LegalCompounds.fromClasspath();
    /**
     * The normalised tokens of runs of text between white space. The JDK's dictionary segmentation is the
     * costliest step of the analysis, and about a third of the Krisdika texts' characters are in runs seen before,
     * nearly all of them among the few tens of thousands most frequent; the least recently used make way.
     */
    private final Map<String, String[]> runs = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    /**
     * Appends the normalised tokens of {@code text}, which should already be repaired, to {@code out},
     * each legal compound in front of its pieces.
     */
    void addWords(String raw, List<String> out) {
        String text = raw.indexOf('%') < 0 ? raw : raw.replace("%", " " + PERCENT + " ");
        List<String> pieces = new ArrayList<>();
        int length = text.length();
        int start = 0;
        while (start < length) {
            if (breaksAt(text, start)) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < length && !breaksAt(text, end)) {
                end++;
            }
            // The white space on either side goes along: the JDK's dictionary cuts a run that ends the text
            // differently from one followed by more, and its tokens are dropped anyway.
            Collections.addAll(pieces, run(text.substring(start > 0 ? start - 1 : 0, end < length ? end + 1 : end)));
            start = end;
        }
        compounds.addWithCompounds(pieces, out);
    }

    private String[] run(String run) {
        if (run.length() > CACHED_RUN_LENGTH) {
            return segment(run);
        }
        String[] cached;
        synchronized (runs) {
            cached = runs.get(run);
        }
        if (cached == null) {
            cached = segment(run);
            synchronized (runs) {
                runs.put(run, cached);
            }
        }
        return cached;
    }

    private String[] segment(String text) {
        // A fresh iterator per call: BreakIterator keeps the text it walks, so instances are not shareable
        // between threads, and creating one reuses the JDK's cached dictionary.
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String token = normalise(text, start, end);
            if (!token.isEmpty()) {
                pieces.add(token);
            }
        }
        return fixes.apply(pieces).toArray(String[]::new);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /**
     * Whether {@code at} holds white space the word breaker cuts on both sides, so that the runs before and after
     * it can be segmented apart: always, unless a mark or format character follows the white space and so belongs
     * to it.
     */
    private static boolean breaksAt(String text, int at) {
        if (!isSeparator(text.charAt(at))) {
            return false;
        }
        int next = at + 1;
        while (next < text.length() && isSeparator(text.charAt(next))) {
            next++;
        }
        if (next == text.length()) {
            return true;
        }
        int type = Character.getType(text.charAt(next));
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK && type != Character.FORMAT;
    }

    /** Thai digits to Arabic, lowercase, and without leading or trailing punctuation; "" when nothing is left. */
    private static String normalise(String text, int start, int end) {
        while (start < end && !isWordChar(text.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return "";
        }
        String token = ThaiDigits.toArabic(text.substring(start, end)).toLowerCase(Locale.ROOT);
        // Laws print amounts with thousands separators ("๒,๐๐๐ บาท") while queries often omit them.
        return GROUPED_NUMBER.matcher(token).matches() ? token.replace(",", "") : token;
    }

    /**
     * Letters, digits and Thai marks. ฯ (PAIYANNOI) and ๆ (MAIYAMOK) are letters to Unicode but work as
     * punctuation, so "กรุงเทพฯ" matches "กรุงเทพ"; the abbreviation ฯลฯ is protected before segmentation.
     */
    private static boolean isWordChar(char c) {
        if (c == '\u0E2F' || c == '\u0E46') {
            return false;
        }
        return Character.isLetterOrDigit(c) || ThaiChars.isCombiningMark(c);
    }
}
