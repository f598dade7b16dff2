package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class ThaiGoldenFilesTest {

    private final ThaiTextRepair repair = new ThaiTextRepair();
    private final ThaiAnalyzer analyzer = ThaiAnalyzer.createDefault();

    private static String resource(String name) throws IOException {
        try (InputStream in = ThaiGoldenFilesTest.class.getResourceAsStream("/thai/" + name)) {
            assertThat(in).as("test resource thai/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void repairsGazettePdfExtractToExpectedText() throws IOException {
        RepairedText repaired = repair.repair(resource("gazette-pdf-extract.txt"), true);

        assertThat(repaired.text()).isEqualTo(resource("gazette-pdf-extract.expected.txt"));
        assertThat(repaired.report().gazetteHeaderLinesRemoved()).isEqualTo(2);
        assertThat(repaired.report().pageNumberLinesRemoved()).isEqualTo(1);
        assertThat(repaired.report().puaUnmapped()).isZero();
    }

    @Test
    void analyzesLegalSentencesToExpectedTokens() throws IOException {
        List<String> lines = resource("analyzer-golden.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        SoftAssertions softly = new SoftAssertions();
        for (String line : lines) {
            String[] columns = line.split("\t");
            softly.assertThat(analyzer.analyzedForIndex(columns[0])).as(columns[0]).isEqualTo(columns[1]);
        }
        softly.assertAll();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
    }
}
