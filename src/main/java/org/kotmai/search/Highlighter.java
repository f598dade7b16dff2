package org.kotmai.search;

import java.util.ArrayList;
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
        // Thai digits and Latin case are folded one character for one, so offsets stay those of the text.
        String folded = ThaiDigits.toArabic(text).toLowerCase(Locale.ROOT);
        if (folded.length() != text.length()) {
            folded = text;
        }
        boolean[] marked = new boolean[text.length()];
        List<int[]> matches = new ArrayList<>();
        for (String term : terms) {
            if (term.length() < 2 && !term.chars().allMatch(Character::isDigit)) {
                continue;
            }
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length())) {
                for (int i = at; i < at + term.length(); i++) {
                    marked[i] = true;
                }
                matches.add(new int[] {at, term.hashCode()});
            }
        }
        if (matches.isEmpty()) {
            return List.of(escape(text.substring(0, Math.min(text.length(), FRAGMENT)))
                    + (text.length() > FRAGMENT ? "…" : ""));
        }
        List<int[]> windows = new ArrayList<>();
        for (int[] m : matches) {
            int start = Math.max(0, m[0] - FRAGMENT / 4);
            int end = Math.min(text.length(), start + FRAGMENT);
            long distinct = matches.stream().filter(o -> o[0] >= start && o[0] < end).mapToInt(o -> o[1]).distinct()
                    .count();
            windows.add(new int[] {start, end, (int) distinct});
        }
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

    private static String render(String text, boolean[] marked, int start, int end) {
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (int i = start; i < end; i++) {
            if (marked[i] != open) {
                out.append(marked[i] ? OPEN : CLOSE);
                open = marked[i];
            }
            out.append(escape(String.valueOf(text.charAt(i))));
        }
        if (open) {
            out.append(CLOSE);
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
