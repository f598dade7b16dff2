package org.kotmai.thai;

/**
 * Thai text converted from windows-874 as if it were Latin-1 keeps the code page's punctuation bytes
 * 0x80–0x9F as C1 control characters. No legal text contains a C1 control, so each one is read back as
 * the windows-874 character of the same byte.
 */
final class Windows874 {

    private Windows874() {
    }

    /** The character windows-874 assigns to this C1 code point's byte, or 0 when it assigns none. */
    static char punctuationFor(char c1) {
        return switch (c1) {
            case '\u0080' -> '\u20AC';
            case '\u0085' -> '\u2026';
            case '\u0091' -> '\u2018';
            case '\u0092' -> '\u2019';
            case '\u0093' -> '\u201C';
            case '\u0094' -> '\u201D';
            case '\u0095' -> '\u2022';
            case '\u0096' -> '\u2013';
            case '\u0097' -> '\u2014';
            default -> 0;
        };
    }
}
