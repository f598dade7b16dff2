package org.kotmai.statute;

import java.util.HashMap;
import java.util.Map;

import org.kotmai.thai.ThaiDigits;

/**
 * Similarity used by the fidelity test: Sørensen–Dice over character bigrams (as multisets) of the
 * normalised texts. Bigrams tolerate a moved footnote or a joined word without the quadratic cost of
 * an edit distance on 20,000-character sections; 0.95 still fails on a lost or extra sentence.
 */
final class TextSimilarity {

    private TextSimilarity() {
    }

    /**
     * Arabic digits, no footnote markers or gazette asterisks, no whitespace and no quotation marks:
     * the Krisdika export drops the quotes around defined terms that the gazette prints, or keeps them as
     * stray Windows-1252 control characters (U+0091–U+0094).
     */
    static String normalise(String text) {
        String s = ThaiDigits.toArabic(text);
        s = FootnoteMarkers.MARKER.matcher(s).replaceAll("");
        s = s.replaceAll("[*\"“”‘’\u0091-\u0094]", "");
        return s.replaceAll("[\\s\\u00A0\\u200B]+", "");
    }

    static double dice(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0.0;
        }
        Map<Integer, Integer> grams = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            grams.merge(a.charAt(i) << 16 | a.charAt(i + 1), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            int key = b.charAt(i) << 16 | b.charAt(i + 1);
            Integer n = grams.get(key);
            if (n != null && n > 0) {
                shared++;
                grams.put(key, n - 1);
            }
        }
        return 2.0 * shared / ((a.length() - 1) + (b.length() - 1));
    }
}
