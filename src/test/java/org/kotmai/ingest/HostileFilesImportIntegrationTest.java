package org.kotmai.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawDocument;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.extract.HostileFile;
import org.kotmai.extract.HostileFiles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Thirty hostile files through a real folder import: each gets its own clear error or warning, the
 * import finishes, and the law catalogued before is exactly as it was — also when its own file is
 * replaced by garbage.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-hostile")
class HostileFilesImportIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    CatalogRepository catalog;

    @TempDir
    Path good;
    @TempDir
    Path hostile;

    @Test
    void everyHostileFileIsReportedAndTheCatalogedLawStaysIntact() throws Exception {
        Path act = good.resolve("sample-act.txt");
        Files.copy(Path.of("src/test/resources/ingest/sample-act.txt"), act);
        ImportStatus first = imports.run(ImportSource.FOLDER, good);
        assertThat(first.errors()).isZero();
        String lawId = catalog.findEntry("file:" + act.toAbsolutePath().normalize()).orElseThrow().id();
        LawDocument beforeFull = catalog.findLaw(lawId).orElseThrow();

        List<HostileFile> files = HostileFiles.writeAll(hostile);
        ImportStatus status = imports.run(ImportSource.FOLDER, hostile);

        assertThat(files).hasSize(30);
        assertThat(status.state()).isEqualTo("DONE");
        assertThat(status.processed()).isEqualTo(30);
        Map<String, FileReport> byFile = status.report().stream()
                .collect(Collectors.toMap(FileReport::file, Function.identity()));
        for (HostileFile file : files) {
            FileReport report = byFile.get(file.name());
            assertThat(report).as("report for " + file.name()).isNotNull();
            if (file.shouldExtract() && file.statuteText()) {
                assertThat(report.outcome()).as(file.name()).isIn(FileReport.Outcome.OK, FileReport.Outcome.WARNINGS);
            } else {
                assertThat(report.outcome()).as(file.name()).isEqualTo(FileReport.Outcome.ERROR);
            }
            if (report.outcome() != FileReport.Outcome.OK) {
                assertThat(report.messages()).as(file.name()).isNotEmpty()
                        .allSatisfy(m -> assertThat(m).contains(file.name()));
            }
        }
        assertUnchanged(beforeFull);

        Files.write(act, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 2, 3, (byte) 0x9F});
        ImportStatus broken = imports.run(ImportSource.FOLDER, good);
        assertThat(broken.errors()).isEqualTo(1);
        assertThat(broken.report().get(0).messages().get(0)).contains("sample-act.txt");
        assertUnchanged(beforeFull);
    }

    private void assertUnchanged(LawDocument before) {
        LawDocument now = catalog.findLaw(before.id()).orElseThrow();
        assertThat(now.contentHash()).isEqualTo(before.contentHash());
        assertThat(now.text()).isEqualTo(before.text());
        assertThat(now.ingestedAt()).isEqualTo(before.ingestedAt());
        assertThat(catalog.findProvision(before.id(), "5/1")).isPresent();
        assertThat(catalog.findProvision(before.id(), "7 ทวิ")).isPresent();
    }
}
