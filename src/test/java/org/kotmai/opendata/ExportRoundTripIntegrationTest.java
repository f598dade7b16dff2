package org.kotmai.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.FileReport;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.kotmai.ingest.ImportStatus;
import org.kotmai.relations.RelationIndexer;
import org.kotmai.relations.RelationQueries;
import org.kotmai.web.BadRequestException;
import org.springframework.beans.factory.annotation.Autowired;

/** An export imports back into an emptied catalog with the same laws and provisions. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-opendata-roundtrip")
class ExportRoundTripIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    CatalogExporter exporter;
    @Autowired
    CatalogRepository catalog;
    @Autowired
    CatalogReader reader;
    @Autowired
    RelationIndexer relationIndexer;
    @Autowired
    RelationQueries relations;

    @TempDir
    Path export;

    @BeforeEach
    void catalogTheTwoActsAndExportThem() throws IOException {
        assertThat(imports.run(ImportSource.FOLDER, OpenDataApiIntegrationTest.LAWS).state()).isEqualTo("DONE");
        try (OutputStream laws = Files.newOutputStream(export.resolve(ExportImporter.LAWS));
                OutputStream provisions = Files.newOutputStream(export.resolve(ExportImporter.PROVISIONS))) {
            exporter.lawsJsonl(laws);
            exporter.provisionsJsonl(provisions);
        }
    }

    @Test
    void exportImportsBackIntoAnEmptiedCatalogWithTheSameCounts() {
        long laws = catalog.countLaws();
        long provisions = catalog.countProvisions();
        long relationCount = relationCount();
        List<ProvisionDocument> before = reader.provisionsOf(OpenDataApiIntegrationTest.LAW_ID);
        for (String id : List.of(OpenDataApiIntegrationTest.LAW_ID, OpenDataApiIntegrationTest.CITED_ID)) {
            catalog.deleteLaw(id);
            relationIndexer.removed(id);
        }
        assertThat(catalog.countLaws()).isZero();
        assertThat(catalog.countProvisions()).isZero();
        assertThat(relationCount).isPositive();
        assertThat(relationCount()).isZero();

        ImportStatus status = imports.run(ImportSource.EXPORT, export);

        assertThat(status.state()).isEqualTo("DONE");
        assertThat(status.errors()).isZero();
        assertThat(status.ok()).isEqualTo(2);
        assertThat(catalog.countLaws()).isEqualTo(laws);
        assertThat(catalog.countProvisions()).isEqualTo(provisions);
        assertThat(relationCount()).as("relations derived again from the imported laws").isEqualTo(relationCount);
        assertThat(reader.provisionsOf(OpenDataApiIntegrationTest.LAW_ID)).isEqualTo(before);
        assertThat(catalog.findLaw(OpenDataApiIntegrationTest.LAW_ID)).hasValueSatisfying(law ->
                assertThat(law.text()).contains("มาตรา ๓/๑"));
    }

    @Test
    void importingAnExportOverTheSameCatalogChangesNothing() {
        long provisions = catalog.countProvisions();
        ImportStatus status = imports.run(ImportSource.EXPORT, export);
        assertThat(status.unchanged()).isEqualTo(2);
        assertThat(catalog.countLaws()).isEqualTo(2);
        assertThat(catalog.countProvisions()).isEqualTo(provisions);
    }

    @Test
    void aBrokenLineIsReportedWithItsLineAndTheRestIsImported() throws IOException {
        Path laws = export.resolve(ExportImporter.LAWS);
        Files.writeString(laws, "{\"id\": \"broken\n" + Files.readString(laws, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        catalog.deleteLaw(OpenDataApiIntegrationTest.LAW_ID);
        ImportStatus status = imports.run(ImportSource.EXPORT, export);
        assertThat(status.ok()).isEqualTo(1);
        assertThat(status.unchanged()).isEqualTo(1);
        assertThat(status.report()).filteredOn(r -> r.outcome() == FileReport.Outcome.ERROR)
                .singleElement().satisfies(r -> assertThat(r.messages().get(0)).contains("laws.jsonl line 1"));
    }

    @Test
    void aFolderWithoutAnExportIsRefusedNamingTheFilesNeeded(@TempDir Path empty) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.run(ImportSource.EXPORT, empty))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("laws.jsonl").hasMessageContaining("provisions.jsonl");
    }

    private long relationCount() {
        AtomicLong count = new AtomicLong();
        relations.each(relation -> count.incrementAndGet());
        return count.get();
    }
}
