package org.kotmai.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole Krisdika corpus through the real import: every law catalogued, and no repairable noise
 * (Private-Use-Area glyphs, decomposed sara am, NBSP, C1 controls) left in the indexed text.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-krisdika")
class KrisdikaCorpusImportTest {

    static final Path CORPUS = Path.of("../shared/corpus/krisdika");
    private static final int FILES_IN_CORPUS = 671;
    private static final String NOT_A_LAW = "733691.txt";

    @Autowired
    ImportService imports;
    @Autowired
    CatalogRepository catalog;
    @Autowired
    CatalogIndices indices;
    @Autowired
    ElasticsearchClient client;

    @Test
    void catalogsEveryLawOfTheCorpusWithCleanText() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/krisdika is absent (a fresh clone): the full-corpus "
                + "import is checked where ../shared exists, as in CI");

        ImportStatus status = imports.run(ImportSource.KRISDIKA, CORPUS);

        System.out.printf("Krisdika import: %d laws, %d provisions, %.1f s, %.1f laws/s, %.0f provisions/s, "
                + "%d with warnings, %d errors%n", status.processed(), status.provisions(), status.elapsedSeconds(),
                status.lawsPerSecond(), status.provisionsPerSecond(), status.warnings(), status.errors());
        status.report().stream().filter(r -> r.outcome() == FileReport.Outcome.ERROR)
                .forEach(r -> System.out.println("  ERROR " + r.messages()));
        assertThat(status.state()).isEqualTo("DONE");
        assertThat(status.total()).isEqualTo(FILES_IN_CORPUS);
        // 733691.txt is a saved "document not found" page, not the law its listing names.
        assertThat(status.report()).filteredOn(r -> r.outcome() == FileReport.Outcome.ERROR)
                .singleElement().satisfies(r -> {
                    assertThat(r.file()).isEqualTo(NOT_A_LAW);
                    assertThat(r.messages().get(0)).contains(NOT_A_LAW, "does not read as a legal instrument");
                });
        assertThat(catalog.countLaws()).isEqualTo(FILES_IN_CORPUS - 1);

        List<String> dirty = new ArrayList<>();
        scanText(indices.laws(), dirty);
        scanText(indices.provisions(), dirty);
        assertThat(dirty).as("documents whose indexed text still holds PUA glyphs, decomposed sara am, NBSP or C1 controls")
                .isEmpty();
    }

    @SuppressWarnings("rawtypes")
    private void scanText(String index, List<String> dirty) throws IOException {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Map> page = client.search(s -> {
                s.index(index).size(500).source(src -> src.filter(f -> f.includes("text")))
                        .sort(o -> o.field(f -> f.field("id")));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Map.class);
            List<Hit<Map>> hits = page.hits().hits();
            for (Hit<Map> hit : hits) {
                Object text = hit.source() == null ? null : hit.source().get("text");
                if (text instanceof String s && isDirty(s)) {
                    dirty.add(index + "/" + hit.id());
                }
            }
            if (hits.size() < 500) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private static boolean isDirty(String text) {
        return text.contains("\u0E4D\u0E32") || text.indexOf('\u00A0') >= 0
                || text.codePoints().anyMatch(c -> (c >= 0xE000 && c <= 0xF8FF) || (c >= 0x80 && c <= 0x9F));
    }
}
