package org.kotmai.extract;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs the Tika parser for an already identified format other than plain text (see
 * {@link PlainTextDecoder}). Stateless apart from thread-safe Tika
 * singletons, so concurrent calls are safe; everything per-document lives in the call.
 */
final class TikaTextParser {

    private final TikaConfig tika;
    private final CharsetSniffer sniffer;
    private final IngestLimits limits;

    TikaTextParser(TikaConfig tika, CharsetSniffer sniffer, IngestLimits limits) {
        this.tika = tika;
        this.sniffer = sniffer;
        this.limits = limits;
    }

    ParsedText parse(String fileName, Path file, DetectedType type) throws IOException, SAXException, TikaException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        // The composite parser dispatches on this type; re-detecting would undo the UTF-16 decision.
        metadata.set(Metadata.CONTENT_TYPE, type.mediaType());
        ThaiAwareEncodingDetector encoding = new ThaiAwareEncodingDetector(fileName, sniffer,
                type.format() == DocumentFormat.HTML ? new StandardHtmlEncodingDetector() : null,
                tika.getEncodingDetector());
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, encoding);
        // Embedded images and attachments are not law text, and each is one more parser to attack.
        context.set(Parser.class, EmptyParser.INSTANCE);
        context.set(PDFParserConfig.class, pdfConfig());
        BodyContentHandler handler = new BodyContentHandler(limits.maxExtractedChars());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            tika.getParser().parse(in, handler, metadata, context);
        }
        String charset = type.format() == DocumentFormat.HTML ? metadata.get(Metadata.CONTENT_ENCODING) : null;
        return new ParsedText(handler.toString(), charset, encoding.warnings());
    }

    private static PDFParserConfig pdfConfig() {
        PDFParserConfig config = new PDFParserConfig();
        // Without this, a host with Tesseract installed would OCR scanned pages and another
        // would report no text: the outcome must not depend on the machine.
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        return config;
    }
}
