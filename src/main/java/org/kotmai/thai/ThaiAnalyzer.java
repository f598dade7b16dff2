package org.kotmai.thai;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Thai analysis for search, done in the application because the Elasticsearch node has no Thai
 * tokenizer: the output is indexed into {@code whitespace}-analysed fields. Documents and queries must
 * go through these same methods, or their tokens will not meet.
 *
 * <p>Pipeline: {@link ThaiTextRepair} → abbreviations kept whole as one token ({@link ThaiAbbreviations})
 * → word segmentation, legal compounds re-assembled → Thai digits to Arabic → Latin lowercased →
 * punctuation dropped.
 */
@Component
public final class ThaiAnalyzer {

    private final ThaiTextRepair repair;
    private final ThaiTokenizer tokenizer;
    private final ThaiAbbreviations abbreviations;

    ThaiAnalyzer(ThaiTextRepair repair, ThaiWordSegmenter segmenter, ThaiAbbreviations abbreviations) {
        this.repair = repair;
        this.tokenizer = new ThaiTokenizer(segmenter);
        this.abbreviations = abbreviations;
    }

    /**
     * An analyzer with the shipped dictionaries, for code that runs without the Spring context, such as
     * tests and tools in other packages. Inside the application inject the bean instead, so that a
     * dictionary replaced at run time is seen.
     */
    public static ThaiAnalyzer createDefault() {
        ThaiTextRepair repair = new ThaiTextRepair();
        ThaiWordSegmenter segmenter = new ThaiWordSegmenter();
        return new ThaiAnalyzer(repair, segmenter, new ThaiAbbreviations(repair, segmenter));
    }

    public List<String> tokens(String text) {
        return tokensOfRepaired(repair.repair(text, false).text());
    }

    private List<String> tokensOfRepaired(String repaired) {
        return tokenizer.tokens(repaired, abbreviations.dictionary());
    }

    /** The tokens joined by single spaces, for a {@code whitespace}-analysed field or a query on it. */
    public String analyzedForIndex(String text) {
        return String.join(" ", tokens(text));
    }

    /** Query tokens with abbreviation and alias expansions appended ({@link ThaiAbbreviations#expand}). */
    public List<String> queryTokens(String query) {
        return abbreviations.expand(tokens(query), compactKey(query));
    }

    /** The query's everyday words that the dictionary maps to legal terms ({@link ThaiAbbreviations#everydayWords}). */
    public java.util.Set<String> everydayWords(String query) {
        return abbreviations.everydayWords(tokens(query), compactKey(query));
    }

    /**
     * Character n-grams of the Thai runs in {@code text}, a recall net for words the segmenter cuts
     * differently in a document and in a query. Spaces between Thai runs are skipped so that a query
     * typed with or without spaces yields the same grams; any other character ends a run. A run shorter
     * than {@code n} is returned whole.
     *
     * @throws IllegalArgumentException when {@code n} is below 1
     */
    public List<String> charNgrams(String text, int n) {
        checkGramSize(n);
        List<String> grams = new ArrayList<>();
        eachGram(repair.repair(text, false).text(), n, (run, start, end) -> grams.add(new String(run, start, end - start)));
        return grams;
    }

    /**
     * The text reduced to a lookup key: repaired, Thai digits as Arabic, Latin lowercased, and nothing
     * but letters, digits and Thai marks, so that "พ.ร.บ. ลิขสิทธิ์ พ.ศ. ๒๕๓๗" and "พรบลิขสิทธิ์พศ2537"
     * give the same key. ฯ and ๆ are dropped like punctuation.
     */
    public String compactKey(String text) {
        return compact(repair.repair(text, false).text());
    }

    /** {@link #compactKey} of text that is already repaired. */
    static String compact(String repairedText) {
        String repaired = ThaiDigits.toArabic(repairedText);
        StringBuilder key = new StringBuilder(repaired.length());
        for (int i = 0; i < repaired.length(); i++) {
            char c = repaired.charAt(i);
            if (c != '\u0E2F' && c != '\u0E46' && (Character.isLetterOrDigit(c) || ThaiChars.isCombiningMark(c))) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /** The n-grams joined by single spaces, for a {@code whitespace}-analysed recall-net field or a query on it. */
    public String ngramsForIndex(String text, int n) {
        checkGramSize(n);
        return joinedGrams(repair.repair(text, false).text(), n);
    }

    /**
     * {@link #analyzedForIndex} and {@link #ngramsForIndex} of one text, which is repaired once for both: the
     * fields of a provision.
     *
     * @throws IllegalArgumentException when {@code n} is below 1
     */
    public IndexedText forIndex(String text, int n) {
        checkGramSize(n);
        String repaired = repair.repair(text, false).text();
        return new IndexedText(String.join(" ", tokensOfRepaired(repaired)), joinedGrams(repaired, n));
    }

    /**
     * A text analysed for the index.
     *
     * @param tokens its words, as {@link #analyzedForIndex} gives them
     * @param grams  its character n-grams, as {@link #ngramsForIndex} gives them
     */
    public record IndexedText(String tokens, String grams) {
    }

    private static void checkGramSize(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("charNgrams: n must be at least 1 but was " + n);
        }
    }

    private static String joinedGrams(String repaired, int n) {
        JoinedGrams out = new JoinedGrams(repaired.length(), n);
        eachGram(repaired, n, out);
        return out.toString();
    }

    /**
     * Grams written into a char array none can overflow (each letter starts at most one gram of n letters and a
     * space): a StringBuilder would grow several times and widen itself at the first Thai letter.
     */
    private static final class JoinedGrams implements GramSink {

        private final char[] out;
        private int length;

        JoinedGrams(int textLength, int n) {
            out = new char[Math.multiplyExact(textLength, n + 1)];
        }

        @Override
        public void accept(char[] run, int start, int end) {
            if (length > 0) {
                out[length++] = ' ';
            }
            System.arraycopy(run, start, out, length, end - start);
            length += end - start;
        }

        @Override
        public String toString() {
            return new String(out, 0, length);
        }
    }

    /** Where a gram of the runs lies; the run is reused, so it must be copied at once. */
    private interface GramSink {
        void accept(char[] run, int start, int end);
    }

    private static void eachGram(String repaired, int n, GramSink sink) {
        char[] run = new char[repaired.length()];
        int length = 0;
        for (int i = 0; i < repaired.length(); i++) {
            char c = repaired.charAt(i);
            if (ThaiChars.isThaiLetter(c)) {
                run[length++] = c;
            } else if (c != ' ' && c != '\t') {
                gramsOf(run, length, n, sink);
                length = 0;
            }
        }
        gramsOf(run, length, n, sink);
    }

    private static void gramsOf(char[] run, int length, int n, GramSink sink) {
        if (length == 0) {
            return;
        }
        if (length < n) {
            sink.accept(run, 0, length);
        } else {
            for (int i = 0; i + n <= length; i++) {
                sink.accept(run, i, i + n);
            }
        }
    }
}
