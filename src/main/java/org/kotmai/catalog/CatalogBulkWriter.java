package org.kotmai.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.kotmai.elasticsearch.IndexManager;

/**
 * Writes many laws through one {@link BulkIngester}, for imports. Unlike
 * {@link CatalogRepository#replaceLaw} it does not wait for each law to become searchable; the
 * clean-up of replaced versions and a single refresh happen on {@link #close()}.
 */
public final class CatalogBulkWriter implements AutoCloseable {

    private final ElasticsearchClient client;
    private final CatalogIndices indices;
    private final CatalogRepository repository;
    private final IndexManager.BulkLoad bulkLoad;
    private final BulkIngester<String> ingester;
    private final List<Replacement> replacements = new ArrayList<>();

    CatalogBulkWriter(ElasticsearchClient client, CatalogIndices indices, CatalogRepository repository,
            BiConsumer<String, String> onFailure) {
        this.client = client;
        this.indices = indices;
        this.repository = repository;
        // Tens of thousands of provisions arrive within seconds; a refresh every second would turn them into
        // many small segments to merge. Nobody searches them before the import ends.
        this.bulkLoad = indices.bulkLoadProvisions();
        this.ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(2000)
                .maxSize(8L * 1024 * 1024)
                .maxConcurrentRequests(2)
                .flushInterval(2, TimeUnit.SECONDS)
                .listener(new FailureListener(onFailure)));
    }

    /**
     * Queues a law and its provisions.
     *
     * @param previous the catalogued version of the same source, or null
     * @param context  what to name in a failure report (the file name)
     */
    public void put(LawDocument law, List<ProvisionDocument> provisions, CatalogRepository.CatalogEntry previous,
            String context) {
        for (ProvisionDocument p : provisions) {
            ingester.add(op -> op.index(i -> i.index(indices.provisions()).id(p.id()).document(p)), context);
        }
        ingester.add(op -> op.index(i -> i.index(indices.laws()).id(law.id()).document(law)), context);
        if (previous != null) {
            synchronized (replacements) {
                replacements.add(new Replacement(law.id(), law.contentHash(), previous.id()));
            }
        }
    }

    /** Flushes everything, removes what replaced versions left behind, and makes it searchable. */
    @Override
    public void close() {
        ingester.close();
        try {
            for (Replacement r : replacements) {
                if (!r.previousId().equals(r.lawId())) {
                    repository.deleteLaw(r.previousId());
                }
                repository.deleteStaleProvisions(r.lawId(), r.version());
            }
            client.indices().refresh(r -> r.index(indices.laws()));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch request failed: " + e.getMessage(), e);
        } finally {
            bulkLoad.close();
        }
    }

    private record Replacement(String lawId, String version, String previousId) {
    }

    private record FailureListener(BiConsumer<String, String> onFailure) implements BulkListener<String> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<String> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<String> contexts, BulkResponse response) {
            if (!response.errors()) {
                return;
            }
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).error() != null) {
                    onFailure.accept(contexts.get(i), "Elasticsearch rejected document " + items.get(i).id() + ": "
                            + items.get(i).error().reason());
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<String> contexts, Throwable failure) {
            contexts.stream().distinct().forEach(c -> onFailure.accept(c,
                    "the bulk write to Elasticsearch failed (" + failure.getMessage() + "); run the import again"));
        }
    }
}
