package org.kotmai.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises the encodings Thai text files actually arrive in, from the raw bytes alone.
 * General-purpose detectors need long inputs and often call a short TIS-620 text Latin-1 or
 * Cyrillic, so the Thai legacy byte layout is checked explicitly.
 */
final class CharsetSniffer {

    static final Charset TIS_620 = Charset.forName("TIS-620");
    static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    /** Share of high bytes that must be Thai letters before a non-UTF-8 text counts as Thai. */
    private static final double THAI_SHARE = 0.8;

    /**
     * @param charset the charset to decode with
     * @param guessed true when no BOM or valid UTF-8 proved the charset, so a reader should
     *                be told it was inferred
     */
    record Guess(Charset charset, boolean guessed) {
    }

    /**
     * @return the charset the sample is written in, or empty when the bytes fit none of the
     *     layouts recognised here; NUL bytes outside UTF-16 mean binary data, never text
     */
    Optional<Guess> sniff(byte[] sample, int length) {
        Optional<Charset> bom = byteOrderMark(sample, length);
        if (bom.isPresent()) {
            return Optional.of(new Guess(bom.get(), false));
        }
        // Before UTF-8: UTF-16 Latin text is also valid UTF-8, full of NUL characters.
        Optional<Charset> utf16 = utf16WithoutBom(sample, length);
        if (utf16.isPresent()) {
            return Optional.of(new Guess(utf16.get(), true));
        }
        if (containsNul(sample, length)) {
            return Optional.empty();
        }
        if (decodes(StandardCharsets.UTF_8, sample, length)) {
            return Optional.of(new Guess(StandardCharsets.UTF_8, false));
        }
        return thaiLegacy(sample, length).map(charset -> new Guess(charset, true));
    }

    /**
     * True when every complete character in the sample is valid in {@code charset}. A multi-byte
     * sequence cut by the end of the sample is allowed.
     */
    boolean decodes(Charset charset, byte[] sample, int length) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(Math.max(16, length));
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample, 0, length), out, false);
        return !result.isError();
    }

    /**
     * UTF-16 text without a byte order mark: Latin and Thai characters put 0x00 or 0x0E in
     * the high byte, so one byte position of each pair is almost always one of those two values.
     */
    Optional<Charset> utf16WithoutBom(byte[] sample, int length) {
        int pairs = length / 2;
        if (pairs < 2) {
            return Optional.empty();
        }
        int evenHigh = 0;
        int oddHigh = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            if (isUtf16HighByte(sample[i])) {
                evenHigh++;
            }
            if (isUtf16HighByte(sample[i + 1])) {
                oddHigh++;
            }
        }
        Charset order = null;
        if (oddHigh >= pairs * 0.7 && evenHigh <= pairs * 0.3) {
            order = StandardCharsets.UTF_16LE;
        } else if (evenHigh >= pairs * 0.7 && oddHigh <= pairs * 0.3) {
            order = StandardCharsets.UTF_16BE;
        }
        // Arrays of small 16-bit numbers share the byte pattern; only real text decodes readably.
        return order != null && isReadable(new String(sample, 0, length - length % 2, order))
                ? Optional.of(order)
                : Optional.empty();
    }

    private static boolean isReadable(String text) {
        long readable = text.codePoints()
                .filter(cp -> Character.isLetterOrDigit(cp) || Character.isWhitespace(cp)
                        || Character.getType(cp) == Character.NON_SPACING_MARK || isPunctuation(cp))
                .count();
        return readable >= text.length() * 0.9;
    }

    private static boolean isPunctuation(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL -> true;
            default -> false;
        };
    }

    /**
     * TIS-620 puts Thai letters at 0xA1-0xFB; windows-874 adds typographic punctuation at
     * 0x80-0x9F, which Thai word processors emit for quotes and dashes.
     */
    Optional<Charset> thaiLegacy(byte[] sample, int length) {
        int high = 0;
        int thai = 0;
        boolean windowsPunctuation = false;
        for (int i = 0; i < length; i++) {
            int b = sample[i] & 0xFF;
            if (b >= 0x80) {
                high++;
                if (b >= 0xA1 && b <= 0xFB) {
                    thai++;
                } else if (b <= 0x9F) {
                    windowsPunctuation = true;
                }
            }
        }
        if (thai == 0 || thai < high * THAI_SHARE) {
            return Optional.empty();
        }
        Charset charset = windowsPunctuation ? WINDOWS_874 : TIS_620;
        return decodes(charset, sample, length) ? Optional.of(charset) : Optional.empty();
    }

    /** TIS-620 leaves 0x80-0x9F undefined; windows-874 decodes everything TIS-620 does and more. */
    Charset widenThai(Charset declared) {
        boolean thai = declared.equals(TIS_620) || declared.aliases().contains("iso-8859-11")
                || declared.name().equalsIgnoreCase("x-iso-8859-11");
        return thai ? WINDOWS_874 : declared;
    }

    private static boolean containsNul(byte[] sample, int length) {
        for (int i = 0; i < length; i++) {
            if (sample[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf16HighByte(byte b) {
        return b == 0x00 || b == 0x0E;
    }

    Optional<Charset> byteOrderMark(byte[] s, int length) {
        if (length >= 3 && (s[0] & 0xFF) == 0xEF && (s[1] & 0xFF) == 0xBB && (s[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (length >= 2 && (s[0] & 0xFF) == 0xFF && (s[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && (s[0] & 0xFF) == 0xFE && (s[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }
}
