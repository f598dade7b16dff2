package org.kotmai.extract;

import java.util.List;
import java.util.Objects;

/**
 * Text pulled out of one uploaded document, line structure kept (one paragraph or visual line
 * per {@code \n}) because the statute parser works line by line.
 *
 * @param text            extracted text with {@code \n} line ends; never blank
 * @param mediaType       detected media type without parameters, e.g. {@code application/pdf}
 * @param fromPdf         true when the text came from a PDF: the caller must then run the Thai
 *                        repair with the PDF rules (Private Use Area glyphs, split sara am)
 * @param detectedCharset charset used to decode text or HTML input, or null for binary formats
 *                        that carry their own encoding
 * @param warnings        problems that did not stop extraction, each naming the file
 */
public record ExtractedDocument(
        String text, String mediaType, boolean fromPdf, String detectedCharset, List<String> warnings) {

    public ExtractedDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        warnings = List.copyOf(warnings);
    }
}
