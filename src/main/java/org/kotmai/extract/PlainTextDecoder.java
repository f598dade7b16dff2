package org.kotmai.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Decodes plain text files without Tika's text parser, which turns C1 control characters
 * (U+0080-U+009F) into U+FFFD. Thai files converted from windows-874 through Latin-1 carry their
 * quotes and dashes exactly there, and the Thai repair step can only restore what survives.
 */
final class PlainTextDecoder {

    private static final int SAMPLE_BYTES = 1 << 20;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CharsetSniffer sniffer;
    private final EncodingDetector fallback;
    private final IngestLimits limits;

    PlainTextDecoder(CharsetSniffer sniffer, EncodingDetector fallback, IngestLimits limits) {
        this.sniffer = sniffer;
        this.fallback = fallback;
        this.limits = limits;
    }

    ParsedText decode(String fileName, Path file) throws IOException {
        ThaiAwareEncodingDetector detector = new ThaiAwareEncodingDetector(fileName, sniffer, null, fallback);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), SAMPLE_BYTES)) {
            Charset charset = detector.detect(in, new Metadata());
            if (charset == null) {
                throw new ExtractionException(fileName, FailureReason.CORRUPT,
                        "the character encoding of the text could not be determined");
            }
            String text = readWithinLimit(fileName, new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)));
            return new ParsedText(text, charset.name(), detector.warnings());
        }
    }

    private String readWithinLimit(String fileName, Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[64 * 1024];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
            // One character of slack for a byte order mark, removed below.
            if (text.length() > limits.maxExtractedChars() + 1) {
                throw tooLong(fileName);
            }
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text.deleteCharAt(0);
        }
        if (text.length() > limits.maxExtractedChars()) {
            throw tooLong(fileName);
        }
        return text.toString();
    }

    private ExtractionException tooLong(String fileName) {
        return new ExtractionException(fileName, FailureReason.TEXT_TOO_LONG,
                "the document holds more than " + limits.maxExtractedChars() + " characters of text");
    }
}
