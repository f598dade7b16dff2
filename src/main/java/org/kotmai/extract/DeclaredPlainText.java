package org.kotmai.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides whether a file its source calls UTF-8 Thai text can be decoded without content detection: its bytes
 * must leave detection and charset sniffing nothing else to conclude. Strict UTF-8 without a byte order mark and
 * without control characters other than line breaks, tabs and form feeds (UTF-16 without a byte order mark shows
 * as such control bytes), opening in Thai script (no markup, script or document signature can match there).
 */
final class DeclaredPlainText {

    private DeclaredPlainText() {
    }

    /** The text, or empty when the bytes do not bear the declaration out and the file needs full detection. */
    static Optional<String> decode(byte[] bytes) {
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                return Optional.empty();
            }
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        return opensInThai(text) ? Optional.of(text) : Optional.empty();
    }

    private static boolean opensInThai(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.THAI;
            }
        }
        return false;
    }
}
