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

        ImportStatus status = imports.run(ImportSource.KRISDIKA, CORPUS);
        double importSeconds = status.elapsedSeconds();

        List<ProvisionDocument> provisions = readAll();
        String scratch = "bench-plain-bulk";
        client.indices().delete(d -> d.index(scratch).ignoreUnavailable(true));
        try (InputStream mapping = getClass().getResourceAsStream("/elasticsearch/indices/provisions.json")) {
            client.indices().create(c -> c.index(scratch).withJson(mapping));
        }
        long start = System.nanoTime();
        try (BulkIngester<Void> bulk = BulkIngester.of(b -> b.client(client).maxOperations(2000)
                .maxSize(8L * 1024 * 1024).maxConcurrentRequests(2).flushInterval(2, TimeUnit.SECONDS))) {
            for (ProvisionDocument p : provisions) {
                bulk.add(op -> op.index(i -> i.index(scratch).id(p.id()).document(p)));
            }
        }
        client.indices().refresh(r -> r.index(scratch));
        double bulkSeconds = (System.nanoTime() - start) / 1e9;

        double importRate = provisions.size() / importSeconds;
        double bulkRate = provisions.size() / bulkSeconds;
        System.out.println();
        System.out.println("=== Krisdika import benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        System.out.printf("laws: %d (errors %d), provisions: %d%n", status.processed(), status.errors(),
                provisions.size());
        System.out.printf("import end to end: %.1f s, %.1f laws/s, %.0f provisions/s%n", importSeconds,
                status.processed() / importSeconds, importRate);
        System.out.printf("plain bulk of the same provisions: %.1f s, %.0f provisions/s%n", bulkSeconds, bulkRate);
        System.out.printf("ratio import/plain bulk: %.2f (target >= 0.80); import target <= 60 s%n",
                importRate / bulkRate);
        client.indices().delete(d -> d.index(scratch).ignoreUnavailable(true));
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

    private List<ProvisionDocument> readAll() throws IOException {
        List<ProvisionDocument> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<ProvisionDocument> page = client.search(s -> {
                s.index(indices.provisions()).size(5000).sort(o -> o.field(f -> f.field("id")));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, ProvisionDocument.class);
            List<Hit<ProvisionDocument>> hits = page.hits().hits();
            hits.forEach(h -> out.add(h.source()));
            if (hits.size() < 5000) {
                return out;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
