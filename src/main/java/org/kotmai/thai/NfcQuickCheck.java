package org.kotmai.thai;

/**
 * Recognises, without running the normaliser, the text that NFC would leave as it is: ASCII, Latin-1 and
 * Latin Extended letters, the Thai block and common punctuation, with Thai marks already in canonical order.
 * Any other character sends the text through {@link java.text.Normalizer}, so the answer is never wrong,
 * only sometimes "not sure". Almost every law is Thai and ASCII only, and normalising it is a noticeable
 * part of an import.
 */
final class NfcQuickCheck {

    private NfcQuickCheck() {
    }

    /** True only when NFC of the text is the text itself. */
    static boolean isNfc(CharSequence text) {
        int previousClass = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int combiningClass;
            if (c < '\u0300' || isPunctuation(c)) {
                combiningClass = 0;
            } else if (c >= '\u0E00' && c <= '\u0E7F') {
                combiningClass = thaiCombiningClass(c);
            } else {
                return false;
            }
            // Canonical ordering would swap a mark following one of a higher class.
            if (combiningClass != 0 && previousClass > combiningClass) {
                return false;
            }
            previousClass = combiningClass;
        }
        return true;
    }

    /** Dashes, quotes, bullets, ellipsis and the like: starters that neither decompose nor compose. */
    static boolean isPunctuation(char c) {
        return c >= '\u2010' && c <= '\u2027';
    }

    /** Canonical combining classes of the Thai block (Unicode data): the lower vowels, PHINTHU, tone marks. */
    static int thaiCombiningClass(char c) {
        return switch (c) {
            case '\u0E38', '\u0E39' -> 103;
            case '\u0E3A' -> 9;
            case '\u0E48', '\u0E49', '\u0E4A', '\u0E4B' -> 107;
            default -> 0;
        };
    }
}
