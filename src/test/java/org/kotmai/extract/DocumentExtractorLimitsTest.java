package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class DocumentExtractorLimitsTest {

    private static final IngestLimits DEFAULTS = IngestLimits.defaults();

    @TempDir
    Path dir;

    private static IngestLimits limits(DataSize maxFileSize, int maxChars, int ratio, DataSize maxUnzipped,
                                       int maxEntries, Duration timeout) {
        return new IngestLimits(maxFileSize, maxChars, ratio, maxUnzipped, maxEntries, timeout);
    }

    private static ExtractionException failure(IngestLimits limits, String name, Path file) {
        try (DocumentExtractor extractor = new DocumentExtractor(limits)) {
            return catchThrowableOfType(ExtractionException.class, () -> extractor.extract(name, file));
        }
    }

    @Test
    void rejectsAFileOverTheSizeLimitNamingFileAndLimit() throws Exception {
        Path docx = SampleDocuments.docx(dir.resolve("big.docx"));
        IngestLimits tiny = limits(DataSize.ofBytes(100), DEFAULTS.maxExtractedChars(), 100,
                DEFAULTS.maxZipUncompressedSize(), 10_000, DEFAULTS.parseTimeout());

        ExtractionException e = failure(tiny, "laws/big.docx", docx);

        assertThat(e.reason()).isEqualTo(FailureReason.TOO_LARGE);
        assertThat(e.getMessage()).startsWith("laws/big.docx: the file is ").contains("more than the 100 bytes allowed")
                .contains("kotmai.ingest.limits.max-file-size");
    }

    @Test
    void stopsReadingAStreamedUploadOnceItExceedsTheSizeLimit() {
        IngestLimits tiny = limits(DataSize.ofBytes(1024), DEFAULTS.maxExtractedChars(), 100,
                DEFAULTS.maxZipUncompressedSize(), 10_000, DEFAULTS.parseTimeout());
        byte[] upload = "มาตรา ๑\n".repeat(500).getBytes(StandardCharsets.UTF_8);

        try (DocumentExtractor extractor = new DocumentExtractor(tiny)) {
            assertThatThrownBy(() -> extractor.extract("upload.txt", new ByteArrayInputStream(upload)))
                    .isInstanceOfSatisfying(ExtractionException.class,
                            e -> assertThat(e.reason()).isEqualTo(FailureReason.TOO_LARGE))
                    .hasMessageStartingWith("upload.txt: the upload exceeds");
        }
    }

    @Test
    void rejectsTextLongerThanTheCharacterLimit() throws Exception {
        Path text = SampleDocuments.text(dir.resolve("long.txt"), StandardCharsets.UTF_8);
        IngestLimits fewChars = limits(DEFAULTS.maxFileSize(), 20, 100, DEFAULTS.maxZipUncompressedSize(),
                10_000, DEFAULTS.parseTimeout());

        ExtractionException e = failure(fewChars, "long.txt", text);

        assertThat(e.reason()).isEqualTo(FailureReason.TEXT_TOO_LONG);
        assertThat(e.getMessage()).contains("more than 20 characters");
    }

    @Test
    void rejectsADocxWhosePartsExpandBeyondTheTotalLimit() throws Exception {
        Path docx = SampleDocuments.docx(dir.resolve("sample.docx"));
        IngestLimits smallUnzip = limits(DEFAULTS.maxFileSize(), DEFAULTS.maxExtractedChars(), 100,
                DataSize.ofKilobytes(2), 10_000, DEFAULTS.parseTimeout());

        ExtractionException e = failure(smallUnzip, "sample.docx", docx);

        assertThat(e.reason()).isEqualTo(FailureReason.ZIP_BOMB);
        assertThat(e.getMessage()).contains("expand to more than 2048 bytes");
    }

    @Test
    void rejectsADocxWithMorePartsThanAllowed() throws Exception {
        Path docx = SampleDocuments.docx(dir.resolve("sample.docx"));
        IngestLimits fewEntries = limits(DEFAULTS.maxFileSize(), DEFAULTS.maxExtractedChars(), 100,
                DEFAULTS.maxZipUncompressedSize(), 2, DEFAULTS.parseTimeout());

        ExtractionException e = failure(fewEntries, "sample.docx", docx);

        assertThat(e.reason()).isEqualTo(FailureReason.ZIP_BOMB);
        assertThat(e.getMessage()).contains("more than the 2 allowed");
    }

    @Test
    void reportsATimeoutWhenParsingOutlastsTheLimit() throws Exception {
        // Thousands of lines keep the parse going for far longer than the submitting thread can be
        // descheduled on a loaded machine; a tiny PDF sometimes finished before the wait began.
        Path pdf = dir.resolve("slow.pdf");
        ThaiPdf.write(pdf, Collections.nCopies(1_000, SampleDocuments.THAI_LINES).stream()
                .flatMap(List::stream).toList());
        // One nanosecond cannot cover handing the parse to a worker thread, let alone parsing.
        IngestLimits instant = limits(DEFAULTS.maxFileSize(), DEFAULTS.maxExtractedChars(), 100,
                DEFAULTS.maxZipUncompressedSize(), 10_000, Duration.ofNanos(1));

        ExtractionException e = failure(instant, "slow.pdf", pdf);

        assertThat(e.reason()).isEqualTo(FailureReason.TIMEOUT);
        assertThat(e.getMessage()).startsWith("slow.pdf: parsing took longer than")
                .contains("kotmai.ingest.limits.parse-timeout");
    }

    @Test
    void reportsAMissingFileAsUnreadable() {
        ExtractionException e = failure(DEFAULTS, "laws/missing.pdf", dir.resolve("missing.pdf"));

        assertThat(e.reason()).isEqualTo(FailureReason.UNREADABLE);
        assertThat(e.getMessage()).isEqualTo("laws/missing.pdf: the file does not exist; "
                + FailureReason.UNREADABLE.advice());
    }
}
