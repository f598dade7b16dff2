package org.kotmai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.kotmai.thai.ThaiDigits;

/**
 * Marks the searched words in a provision's original text. Done here rather than by Elasticsearch because the
 * indexed fields hold analysed tokens, whose offsets are not those of the original text.
 */
final class Highlighter {

    static final int FRAGMENT = 160;
    private static final String OPEN = "<em>";
    private static final String CLOSE = "</em>";
    private static final char THAI_FIRST = '\u0E00';
    private static final char THAI_LAST = '\u0E7F';

    private Highlighter() {
    }

    /**
     * Up to {@code max} passages of about {@link #FRAGMENT} characters, those holding the most distinct searched
     * words first, in text order, HTML-escaped with the words inside {@code <em>}. Without any match, the
     * opening of the text.
     */
    static List<String> highlight(String text, Collection<String> terms, int max) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // Folding copies the text twice, and most searched words are Thai letters, which folding neither changes
        // nor produces: those are found in the text as it is, and the folded copy is made only when a word needs it.
        String folded = null;
        boolean[] marked = new boolean[text.length()];
        // Each match as its offset and the index of its term; the index tells distinct words apart.
        List<int[]> matches = new ArrayList<>();
        int termIndex = 0;
        for (String term : terms) {
            termIndex++;
            if (term.isEmpty() || term.length() < 2 && !term.chars().allMatch(Character::isDigit)) {
                continue;
            }
            String within = text;
            if (!foldFixed(term)) {
                folded = folded == null ? fold(text) : folded;
                within = folded;
            }
            for (int at = within.indexOf(term); at >= 0; at = within.indexOf(term, at + term.length())) {
                Arrays.fill(marked, at, at + term.length(), true);
                matches.add(new int[] {at, termIndex});
            }
        }
        if (matches.isEmpty()) {
            return List.of(escape(text, 0, Math.min(text.length(), FRAGMENT)) + (text.length() > FRAGMENT ? "…" : ""));
        }
        List<int[]> windows = windows(matches, text.length(), termIndex);
        windows.sort((a, b) -> a[2] != b[2] ? b[2] - a[2] : a[0] - b[0]);
        List<int[]> chosen = new ArrayList<>();
        for (int[] w : windows) {
            if (chosen.size() == max) {
                break;
            }
            if (chosen.stream().noneMatch(c -> w[0] < c[1] && c[0] < w[1])) {
                chosen.add(w);
            }
        }
        chosen.sort((a, b) -> a[0] - b[0]);
        List<String> out = new ArrayList<>();
        for (int[] w : chosen) {
            out.add((w[0] > 0 ? "…" : "") + render(text, marked, w[0], w[1]) + (w[1] < text.length() ? "…" : ""));
        }
        return List.copyOf(out);
    }

    /**
     * A passage around each match (from a quarter of a fragment before it) with the number of distinct words
     * matched inside it. Matches are swept in text order, so a long text full of matches costs no more than
     * sorting them.
     */
    private static List<int[]> windows(List<int[]> matches, int length, int terms) {
        matches.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] inside = new int[terms + 1];
        int distinct = 0;
        int first = 0;
        int next = 0;
        List<int[]> windows = new ArrayList<>(matches.size());
        for (int[] m : matches) {
            int start = Math.max(0, m[0] - FRAGMENT / 4);
            int end = Math.min(length, start + FRAGMENT);
            for (; next < matches.size() && matches.get(next)[0] < end; next++) {
                if (inside[matches.get(next)[1]]++ == 0) {
                    distinct++;
                }
            }
            for (; first < next && matches.get(first)[0] < start; first++) {
                if (--inside[matches.get(first)[1]] == 0) {
                    distinct--;
                }
            }
            windows.add(new int[] {start, end, distinct});
        }
        return windows;
    }

    /**
     * Thai digits read as Arabic and letters in lower case, one character for one, so that offsets stay those of
     * the text. Thai letters and punctuation have no case; only the rare text with upper-case letters of other
     * scripts takes the general, slower path. Punctuation such as "…" or curly quotes, common in the catalog,
     * sent every text holding it down that path, which made folding most of a highlight's cost.
     */
    static String fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + ('a' - 'A'));
            } else if (ThaiDigits.isThaiDigit(c)) {
                out[i] = (char) ('0' + Character.digit(c, 10));
            } else if (c >= 0x80 && (c < THAI_FIRST || c > THAI_LAST)
                    && (Character.isSurrogate(c) || Character.toLowerCase(c) != c)) {
                String lower = ThaiDigits.toArabic(text).toLowerCase(Locale.ROOT);
                return lower.length() == text.length() ? lower : text;
            }
        }
        return new String(out);
    }

    /**
     * Whether the word is Thai letters and marks only: no character folds into one of those, so the word matches
     * the text where it matches the folded text.
     */
    static boolean foldFixed(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < THAI_FIRST || c > THAI_LAST || ThaiDigits.isThaiDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static String render(String text, boolean[] marked, int start, int end) {
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (int i = start; i < end; i++) {
            if (marked[i] != open) {
                out.append(marked[i] ? OPEN : CLOSE);
                open = marked[i];
            }
            escape(text.charAt(i), out);
        }
        if (open) {
            out.append(CLOSE);
        }
        return out.toString();
    }

    private static String escape(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start + 16);
        for (int i = start; i < end; i++) {
            escape(text.charAt(i), out);
        }
        return out.toString();
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            default -> out.append(c);
        }
    }
}
