package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileFilesTest {

    @TempDir
    static Path dir;

    private static DocumentExtractor extractor;
    private static List<HostileFile> hostile;

    @BeforeAll
    static void writeHostileFiles() throws IOException {
        extractor = new DocumentExtractor(IngestLimits.defaults());
        hostile = HostileFiles.writeAll(dir);
    }

    @AfterAll
    static void closeExtractor() {
        extractor.close();
    }

    @Test
    void generatesThirtyDistinctFilesAndNothingElse() throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(hostile.stream().map(HostileFile::name).toList());
        }
        assertThat(hostile).hasSize(30);
    }

    @Test
    void everyHostileFileGetsItsExpectedOutcomeAndTheRunGoesOn() {
        SoftAssertions softly = new SoftAssertions();
        for (HostileFile file : hostile) {
            try {
                ExtractedDocument doc = extractor.extract(file.name(), file.path());
                softly.assertThat(file.expectedFailure())
                        .as("%s extracted, but %s was expected", file.name(), file.expectedFailure())
                        .isNull();
                softly.assertThat(doc.text()).as(file.name()).isNotBlank();
                if (file.statuteText()) {
                    softly.assertThat(doc.text()).as(file.name()).contains(SampleDocuments.THAI_LINES.get(0));
                } else {
                    softly.assertThat(doc.text()).as(file.name()).doesNotContain("มาตรา");
                }
                if (file.expectsWarning()) {
                    softly.assertThat(doc.warnings()).as("warnings of " + file.name())
                            .isNotEmpty()
                            .allMatch(w -> w.startsWith(file.name() + ": "));
                }
            } catch (ExtractionException e) {
                softly.assertThat(e.reason()).as("%s failed with: %s", file.name(), e.getMessage())
                        .isEqualTo(file.expectedFailure());
                softly.assertThat(e.getMessage()).as("message of " + file.name())
                        .startsWith(file.name() + ": ")
                        .contains(e.reason().advice());
                softly.assertThat(e.fileName()).isEqualTo(file.name());
            }
        }
        softly.assertAll();
    }

    @Test
    void htmlScriptContentNeverReachesTheText() {
        ExtractedDocument doc = extractor.extract("script-and-style.html", dir.resolve("script-and-style.html"));

        assertThat(doc.text()).contains("มาตรา ๑").doesNotContain(SampleDocuments.SCRIPT_MARKER)
                .doesNotContain("color");
    }

    @Test
    void utf16WithoutBomIsDecodedAndTheGuessReported() {
        ExtractedDocument doc = extractor.extract("utf16le-without-bom.txt", dir.resolve("utf16le-without-bom.txt"));

        assertThat(doc.text()).isEqualTo(HostileFiles.THAI_RECIPE.strip());
        assertThat(doc.detectedCharset()).isEqualTo("UTF-16LE");
        assertThat(doc.warnings()).singleElement().asString().contains("UTF-16LE");
    }

    @Test
    void wrongCharsetDeclarationIsOverruledByTheThaiBytes() {
        ExtractedDocument doc = extractor.extract("declares-utf8-but-is-tis620.html",
                dir.resolve("declares-utf8-but-is-tis620.html"));

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
        assertThat(doc.warnings()).containsExactly("declares-utf8-but-is-tis620.html: declares charset UTF-8 "
                + "but its bytes are not valid in it; decoded as TIS-620 judging by its bytes");
    }
}
