package org.kotmai.ingest;

import java.nio.file.Path;

/**
 * A document to catalog.
 *
 * @param sourceKey stable key of the source ({@code krisdika:301692}, {@code laws:acts/x.pdf},
 *                  {@code upload:x.pdf}); the catalogued law of the same key is replaced on re-ingest
 * @param fileName  name shown in reports and errors
 * @param file      the bytes to read
 * @param metadata  what the source says beyond the text
 */
public record SourceDocument(String sourceKey, String fileName, Path file, SourceMetadata metadata) {

    /** Whether the source says what the file is: a Krisdika dump's law files are UTF-8 Thai plain text. */
    boolean declaresThaiPlainText() {
        return sourceKey.startsWith(KrisdikaDump.SOURCE_PREFIX);
    }
}
