package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ThaiTextRepairCorpusTest {

    private static final Path LAWS = Path.of("../shared/corpus/krisdika/law");
    private static final Pattern PRIVATE_USE = Pattern.compile("[\\uE000-\\uF8FF]");
    private static final Pattern DECOMPOSED_SARA_AM = Pattern.compile("\\u0E4D[\\u0E31\\u0E34-\\u0E37\\u0E47-\\u0E4C]*\\u0E32");

    private final ThaiTextRepair repair = new ThaiTextRepair();

    @Test
    void leavesNoPrivateUseGlyphOrDecomposedSaraAmInAnyKrisdikaLawAndRepairsBothWaysAsEachAlone() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(LAWS), "../shared/corpus absent: " + LAWS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> list = Files.list(LAWS)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> offenders = new ArrayList<>();
        List<String> differentBothWays = new ArrayList<>();
        int saraAmJoined = 0;
        int puaMapped = 0;
        for (Path file : files) {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            RepairedText repaired = repair.repair(raw, false);
            ThaiTextRepair.Repairs both = repair.repairBothWays(raw, false);
            if (!both.normalised().equals(repaired) || !both.keepingLayout().equals(repair.repairKeepingLayout(raw,
                    false))) {
                differentBothWays.add(file.getFileName().toString());
            }
            if (PRIVATE_USE.matcher(repaired.text()).find() || DECOMPOSED_SARA_AM.matcher(repaired.text()).find()) {
                offenders.add(file.getFileName().toString());
            }
            saraAmJoined += repaired.report().saraAmJoined();
            puaMapped += repaired.report().puaMapped();
        }

        assertThat(files).hasSize(671);
        assertThat(offenders).isEmpty();
        assertThat(differentBothWays).as("laws whose two repairs in one go differ from each repair alone").isEmpty();
        assertThat(puaMapped).isEqualTo(4);
        assertThat(saraAmJoined).isGreaterThanOrEqualTo(263);
    }
}
