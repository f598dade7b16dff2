package org.kotmai.thai;

/** Character classes of the Thai block that several repairs and the analyzer agree on. */
final class ThaiChars {

    static final char SARA_AA = '\u0E32';
    static final char SARA_AM = '\u0E33';
    static final char NIKHAHIT = '\u0E4D';

    private ThaiChars() {
    }

    /**
     * Marks that render on, above or below the preceding consonant and so can never start a word:
     * MAI HAN-AKAT, the upper and lower vowels, PHINTHU, MAITAIKHU, the tone marks, THANTHAKHAT,
     * NIKHAHIT and YAMAKKAN.
     */
    static boolean isCombiningMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** Marks that sit above the consonant; NIKHAHIT from a decomposed SARA AM may be typed before them. */
    static boolean isAboveMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E37') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    static boolean isThaiLetter(char c) {
        return (c >= '\u0E01' && c <= '\u0E2E') || (c >= '\u0E30' && c <= '\u0E3A') || (c >= '\u0E40' && c <= '\u0E4E');
    }

    static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E5B';
    }
}
