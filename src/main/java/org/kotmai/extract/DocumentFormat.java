package org.kotmai.extract;

import java.util.Set;

/** The document formats laws are accepted in, with the media types Tika reports for each. */
enum DocumentFormat {
    PDF("PDF", Set.of("application/pdf")),
    DOCX("DOCX", Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-word.template.macroenabled.12")),
    DOC("Word 97 DOC", Set.of("application/msword")),
    ODT("ODT", Set.of("application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.text-template")),
    RTF("RTF", Set.of("application/rtf")),
    HTML("HTML", Set.of("text/html", "application/xhtml+xml")),
    TEXT("plain text", Set.of("text/plain"));

    private final String label;
    private final Set<String> mediaTypes;

    DocumentFormat(String label, Set<String> mediaTypes) {
        this.label = label;
        this.mediaTypes = mediaTypes;
    }

    /** Name of the format in messages for people. */
    String label() {
        return label;
    }

    boolean matches(String baseMediaType) {
        return mediaTypes.contains(baseMediaType);
    }

    /** DOCX and ODT are ZIP archives of XML parts and need the zip bomb check before parsing. */
    boolean isZipContainer() {
        return this == DOCX || this == ODT;
    }
}
