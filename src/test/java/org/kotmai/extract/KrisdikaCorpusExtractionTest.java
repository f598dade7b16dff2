package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the extractor over the real consolidated laws, which arrive as UTF-8 text files. */
class KrisdikaCorpusExtractionTest {

    private static final Path LAWS = Path.of("../shared/corpus/krisdika/law");

    @Test
    void everyLawExtractsAsUtf8WithItsNonBlankLinesIntact() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(LAWS),
                "../shared/corpus absent: this test needs the Krisdika laws in " + LAWS.toAbsolutePath());
        List<Path> laws;
        try (Stream<Path> listing = Files.list(LAWS)) {
            laws = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        SoftAssertions softly = new SoftAssertions();
        long started = System.nanoTime();
        long chars = 0;
        try (DocumentExtractor extractor = new DocumentExtractor(IngestLimits.defaults())) {
            for (Path law : laws) {
                String name = "krisdika/" + law.getFileName();
                ExtractedDocument doc = extractor.extract(name, law);
                chars += doc.text().length();
                softly.assertThat(doc.detectedCharset()).as(name).isEqualTo("UTF-8");
                softly.assertThat(doc.warnings()).as(name).isEmpty();
                softly.assertThat(nonBlankLines(doc.text())).as(name)
                        .isEqualTo(nonBlankLines(Files.readString(law, StandardCharsets.UTF_8)));
                // An import reads the dump's files as the declared text they are, without detection.
                softly.assertThat(extractor.extractDeclaredText(name, law)).as(name).isEqualTo(doc);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("extracted %d laws, %d characters, in %d ms%n", laws.size(), chars, millis);
        assertThat(laws).hasSizeGreaterThan(600);
        softly.assertAll();
    }

    private static long nonBlankLines(String text) {
        return text.lines().filter(line -> !line.isBlank()).count();
    }
}
