package org.kotmai.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.io.IOUtils;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Decides how Tika's text and HTML parsers decode one document: byte order mark first, then a
 * charset the HTML declares (if its bytes really are valid in it), then {@link CharsetSniffer},
 * and only then Tika's general-purpose detectors. One instance serves one parse and remembers
 * what it had to guess, so the guess can be reported as a warning.
 */
final class ThaiAwareEncodingDetector implements EncodingDetector {

    private static final int SAMPLE_BYTES = 1 << 20;

    private final String fileName;
    private final CharsetSniffer sniffer;
    private final EncodingDetector declared;
    private final EncodingDetector fallback;
    // A parser may ask more than once per document; each guess is reported once.
    private final Set<String> warnings = new LinkedHashSet<>();

    /**
     * @param declared reads a charset the document itself declares (an HTML meta tag), or null
     *                 for formats that cannot declare one
     * @param fallback general-purpose statistical detector for non-Thai legacy encodings
     */
    ThaiAwareEncodingDetector(String fileName, CharsetSniffer sniffer, EncodingDetector declared,
                              EncodingDetector fallback) {
        this.fileName = fileName;
        this.sniffer = sniffer;
        this.declared = declared;
        this.fallback = fallback;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        byte[] sample = new byte[SAMPLE_BYTES];
        input.mark(SAMPLE_BYTES);
        int length;
        try {
            length = IOUtils.read(input, sample);
        } finally {
            input.reset();
        }
        Optional<Charset> bom = sniffer.byteOrderMark(sample, length);
        if (bom.isPresent()) {
            return bom.get();
        }
        Charset declaredCharset = declared == null ? null : declared.detect(input, metadata);
        String why = "no charset declared";
        if (declaredCharset != null) {
            Charset widened = sniffer.widenThai(declaredCharset);
            if (sniffer.decodes(widened, sample, length)) {
                return widened;
            }
            why = "declares charset " + declaredCharset.name() + " but its bytes are not valid in it";
        }
        Optional<CharsetSniffer.Guess> sniffed = sniffer.sniff(sample, length);
        if (sniffed.isPresent()) {
            CharsetSniffer.Guess guess = sniffed.get();
            if (guess.guessed() || declaredCharset != null) {
                warnings.add(fileName + ": " + why + "; decoded as " + guess.charset().name()
                        + " judging by its bytes");
            }
            return guess.charset();
        }
        Charset statistical = fallback.detect(input, metadata);
        warnings.add(fileName + ": " + why + " and the text is neither UTF-8 nor Thai; decoded as "
                + (statistical == null ? "nothing" : statistical.name()) + ", check the result");
        return statistical;
    }

    /** What had to be guessed during the parse, each entry naming the file. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
