package org.kotmai.extract;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Safety limits applied to every uploaded document before and while it is parsed.
 *
 * @param maxFileSize            largest file accepted; checked before any byte is parsed
 * @param maxExtractedChars      most characters of text one document may yield; the longest
 *                               consolidated Thai codes stay well below the default
 * @param maxZipExpansionRatio   largest uncompressed/compressed size ratio allowed for any part
 *                               of a DOCX or ODT once that part exceeds one mebibyte; real XML
 *                               parts compress about 10-30 times, zip bombs a thousand and more
 * @param maxZipUncompressedSize largest total uncompressed size of all parts of a DOCX or ODT
 * @param maxZipEntries          most parts a DOCX or ODT may contain
 * @param parseTimeout           longest time one document may spend in the parser
 */
@ConfigurationProperties("kotmai.ingest.limits")
public record IngestLimits(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("5000000") int maxExtractedChars,
        @DefaultValue("100") int maxZipExpansionRatio,
        @DefaultValue("1GB") DataSize maxZipUncompressedSize,
        @DefaultValue("10000") int maxZipEntries,
        @DefaultValue("60s") Duration parseTimeout) {

    public IngestLimits {
        requirePositive("max-file-size", maxFileSize.toBytes());
        requirePositive("max-extracted-chars", maxExtractedChars);
        requirePositive("max-zip-expansion-ratio", maxZipExpansionRatio);
        requirePositive("max-zip-uncompressed-size", maxZipUncompressedSize.toBytes());
        requirePositive("max-zip-entries", maxZipEntries);
        requirePositive("parse-timeout", parseTimeout.toNanos());
    }

    /** The limits an unconfigured application gets; handy for tests and tools outside Spring. */
    public static IngestLimits defaults() {
        return new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("kotmai.ingest.limits", IngestLimits.class);
    }

    private static void requirePositive(String property, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("kotmai.ingest.limits." + property
                    + " must be positive but was " + value + "; fix it in application.yml");
        }
    }
}
