package org.kotmai.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.elasticsearch.IndexManager;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.kotmai.ingest.ImportStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * End-to-end Krisdika import against a plain Elasticsearch bulk of the very provisions it produced.
 * Run with {@code ./mvnw test -Pbench}; prints figures, asserts nothing about speed.
 */
@Tag("bench")
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=bench",
        "logging.level.org.kotmai.ingest=WARN"})
class KrisdikaImportBench {

    private static final Path CORPUS = Path.of("../shared/corpus/krisdika");

    @Autowired
    ImportService imports;
    @Autowired
    CatalogIndices indices;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexManager indexManager;

    @Test
    void fullImportAgainstPlainBulk() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/krisdika is absent; the benchmark needs it");
        clear();
        ImportStatus cold = imports.run(ImportSource.KRISDIKA, CORPUS);
        clear();
        ImportStatus warm = imports.run(ImportSource.KRISDIKA, CORPUS);

        List<ProvisionDocument> provisions = readAll(indices.provisions(), ProvisionDocument.class);
        List<LawDocument> laws = readAll(indices.laws(), LawDocument.class);
        double provisionsOnly = plainBulk(provisions, List.of());
        double everything = plainBulk(provisions, laws);

        double importRate = provisions.size() / warm.elapsedSeconds();
        System.out.println();
        System.out.println("=== Krisdika import benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        System.out.printf("laws: %d (errors %d), provisions: %d, full texts: %.1f MB%n", warm.processed(),
                warm.errors(), provisions.size(), laws.stream().mapToLong(l -> l.text().length()).sum() / 1e6);
        System.out.printf("import end to end, first run in the JVM: %.1f s (%.1f laws/s)%n", cold.elapsedSeconds(),
                cold.lawsPerSecond());
        System.out.printf("import end to end, warm: %.1f s, %.1f laws/s, %.0f provisions/s%n",
                warm.elapsedSeconds(), warm.lawsPerSecond(), importRate);
        System.out.printf("plain bulk of the same provisions: %.1f s, %.0f provisions/s -> ratio %.2f (target >= 0.80)%n",
                provisionsOnly, provisions.size() / provisionsOnly, provisionsOnly / warm.elapsedSeconds());
        System.out.printf("plain bulk of everything the import writes (laws with full text + provisions): %.1f s "
                + "-> ratio %.2f%n", everything, everything / warm.elapsedSeconds());
        System.out.println("import target: <= 60 s");
    }

    /** Seconds to bulk the documents into scratch indices with the catalog's mappings, as the import does. */
    private double plainBulk(List<ProvisionDocument> provisions, List<LawDocument> laws) throws IOException {
        String provisionIndex = "bench-plain-provisions";
        String lawIndex = "bench-plain-laws";
        recreate(provisionIndex, "provisions");
        recreate(lawIndex, "laws");
        long start = System.nanoTime();
        try (BulkIngester<Void> bulk = BulkIngester.of(b -> b.client(client).maxOperations(2000)
                .maxSize(8L * 1024 * 1024).maxConcurrentRequests(2).flushInterval(2, TimeUnit.SECONDS))) {
            for (ProvisionDocument p : provisions) {
                bulk.add(op -> op.index(i -> i.index(provisionIndex).id(p.id()).document(p)));
            }
            for (LawDocument l : laws) {
                bulk.add(op -> op.index(i -> i.index(lawIndex).id(l.id()).document(l)));
            }
        }
        client.indices().refresh(r -> r.index(provisionIndex, lawIndex));
        double seconds = (System.nanoTime() - start) / 1e9;
        client.indices().delete(d -> d.index(provisionIndex, lawIndex));
        return seconds;
    }

    private void recreate(String index, String definition) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        try (InputStream mapping = getClass().getResourceAsStream("/elasticsearch/indices/" + definition + ".json")) {
            client.indices().create(c -> c.index(index).withJson(mapping));
        }
    }

    /** Starts from empty catalog indices, so the import writes every law. */
    private void clear() throws IOException {
        for (String alias : List.of(indices.laws(), indices.provisions())) {
            for (String index : client.indices().getAlias(a -> a.name(alias)).result().keySet()) {
                client.indices().delete(d -> d.index(index));
            }
        }
        indexManager.ensureIndices();
    }

    private <T> List<T> readAll(String index, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<T> page = client.search(s -> {
                s.index(index).size(500).sort(o -> o.field(f -> f.field("id")));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, type);
            List<Hit<T>> hits = page.hits().hits();
            hits.forEach(h -> out.add(h.source()));
            if (hits.size() < 500) {
                return out;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
