package org.kotmai.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.io.IOUtils;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Identifies a file's format by its content and rejects everything that is not a supported
 * document format, saying what the file really is. The file name only refines plain text (to
 * tell HTML fragments from text): trusting it further would let random bytes named {@code .pdf}
 * or a plain ZIP named {@code .docx} reach a parser and fail there with a misleading message.
 */
final class FormatDetector {

    private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");
    private static final MediaType OLE2_UNKNOWN = MediaType.application("x-tika-msoffice");
    private static final int SAMPLE_BYTES = 64 * 1024;

    private final Detector detector;
    private final MimeTypes names;
    private final MediaTypeRegistry registry;
    private final CharsetSniffer sniffer;

    FormatDetector(TikaConfig tika, CharsetSniffer sniffer) {
        this.detector = tika.getDetector();
        this.names = tika.getMimeRepository();
        this.registry = tika.getMediaTypeRegistry();
        this.sniffer = sniffer;
    }

    DetectedType detect(String fileName, Path file) throws IOException {
        MediaType type = detect(file, null);
        // The name can only turn plain text into HTML through its extension, so a second pass over the
        // magic patterns (most of the time spent on a text file) is made only for HTML-like names.
        if (type.equals(MediaType.TEXT_PLAIN) && hasHtmlName(fileName)) {
            MediaType named = detect(file, fileName);
            if (supported(named).filter(f -> f == DocumentFormat.HTML).isPresent()) {
                type = named;
            }
        }
        Optional<DocumentFormat> format = supported(type);
        if (format.isPresent()) {
            return new DetectedType(format.get(), type.toString());
        }
        if (type.equals(OOXML_PROTECTED)) {
            throw new ExtractionException(fileName, FailureReason.ENCRYPTED,
                    "the Office document is password-protected");
        }
        if (type.equals(OLE2_UNKNOWN)) {
            throw new ExtractionException(fileName, FailureReason.CORRUPT,
                    "the file has an Office container header but no readable Word document inside");
        }
        if (type.equals(MediaType.OCTET_STREAM) && isThaiOrUnicodeText(file)) {
            // Tika calls BOM-less UTF-16 (NUL bytes) and short TIS-620 text binary.
            return new DetectedType(DocumentFormat.TEXT, MediaType.TEXT_PLAIN.toString());
        }
        throw new ExtractionException(fileName, FailureReason.UNSUPPORTED_TYPE, describe(type));
    }

    private MediaType detect(Path file, String nameHint) throws IOException {
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            // TikaInputStream fills in the on-disk name, which must not sway content detection.
            metadata.remove(TikaCoreProperties.RESOURCE_NAME_KEY);
            if (nameHint != null) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, nameHint);
            }
            return detector.detect(in, metadata).getBaseType();
        }
    }

    private boolean hasHtmlName(String fileName) {
        return supported(names.getMimeType(fileName).getType()).filter(f -> f == DocumentFormat.HTML).isPresent();
    }

    private Optional<DocumentFormat> supported(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            String name = t.toString();
            Optional<DocumentFormat> match = Arrays.stream(DocumentFormat.values())
                    .filter(f -> f.matches(name))
                    .findFirst();
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    private boolean isThaiOrUnicodeText(Path file) throws IOException {
        byte[] sample = new byte[SAMPLE_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = IOUtils.read(in, sample);
        }
        return sniffer.sniff(sample, length).isPresent();
    }

    private static String describe(MediaType type) {
        if (type.equals(MediaType.APPLICATION_ZIP)) {
            return "the file is a plain ZIP archive, not a Word or OpenDocument file";
        }
        if (type.equals(MediaType.OCTET_STREAM)) {
            return "the content is binary data of no recognised document type";
        }
        if ("image".equals(type.getType())) {
            return "the file is an image (" + type + "), which holds no text to extract";
        }
        return "the content is " + type + ", which is not a supported document type";
    }
}
