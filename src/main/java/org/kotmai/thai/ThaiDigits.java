package org.kotmai.thai;

/**
 * Conversion between Thai digits (๐–๙, U+0E50–U+0E59) and ASCII digits. Legal texts print numbers in
 * Thai digits while users and clean corpora type Arabic ones, so every comparison goes through here.
 */
public final class ThaiDigits {

    private static final char THAI_ZERO = '\u0E50';

    private ThaiDigits() {
    }

    /** Copies only from the first Thai digit on, into a char array: most texts are Thai and would widen a builder. */
    public static String toArabic(CharSequence text) {
        int first = 0;
        while (first < text.length() && !isThaiDigit(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text.toString();
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[i] = isThaiDigit(c) ? toArabic(c) : c;
        }
        return new String(out);
    }

    /** The Arabic digit of a Thai one. */
    static char toArabic(char thaiDigit) {
        return (char) ('0' + (thaiDigit - THAI_ZERO));
    }

    public static String toThai(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    public static boolean isThaiDigit(char c) {
        return c >= THAI_ZERO && c <= '\u0E59';
    }

    /** True for an ASCII or a Thai decimal digit. */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || isThaiDigit(c);
    }
}
