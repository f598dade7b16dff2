package org.kotmai.relations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.elasticsearch.IndexManager;
import org.springframework.stereotype.Repository;

/** Reads and writes relations in the {@code relations} index, and reads the catalog's titles for resolution. */
@Repository
class RelationStore {

    private static final int PAGE = 1000;
    private static final int BULK = 2500;
    private static final int MAX_TERMS = 10_000;

    private final ElasticsearchClient client;
    private final IndexManager indexManager;
    private final CatalogIndices catalog;

    RelationStore(ElasticsearchClient client, IndexManager indexManager, CatalogIndices catalog) {
        this.client = client;
        this.indexManager = indexManager;
        this.catalog = catalog;
    }

    String index() {
        return indexManager.alias("relations");
    }

    /**
     * Every catalogued law's id, title and year, read from doc values: filtering the stored laws would load and
     * parse each law's full text. A title too long for its keyword field is read from the stored law.
     */
    LawTitles titles() {
        List<LawTitles.Law> laws = new ArrayList<>();
        List<String> longTitles = new ArrayList<>();
        Consumer<Hit<Void>> read = hit -> {
            String title = docValue(hit, "title.keyword");
            String year = docValue(hit, "yearBe");
            if (title == null) {
                longTitles.add(hit.id());
            } else {
                laws.add(new LawTitles.Law(hit.id(), title, year == null ? null : Integer.valueOf(year)));
            }
        };
        pages(catalog.laws(), Query.of(q -> q.matchAll(m -> m)), s -> s.source(src -> src.fetch(false))
                .docvalueFields(FieldAndFormat.of(f -> f.field("title.keyword")),
                        FieldAndFormat.of(f -> f.field("yearBe"))), Void.class, read);
        if (!longTitles.isEmpty()) {
            scan(catalog.laws(), Query.of(q -> q.ids(i -> i.values(longTitles))), List.of("id", "title", "yearBe"),
                    LawTitles.Law.class, laws::add);
            // In id order again: where two laws fit a citation equally, the first one in it wins.
            laws.sort(Comparator.comparing(LawTitles.Law::id));
        }
        return new LawTitles(laws);
    }

    private static String docValue(Hit<Void> hit, String field) {
        JsonData values = hit.fields().get(field);
        if (values == null || values.toJson().asJsonArray().isEmpty()) {
            return null;
        }
        JsonValue value = values.toJson().asJsonArray().get(0);
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    /** Writes in bulk requests sent two at a time, which keeps both cores of a small node busy. */
    void write(Collection<Relation> relations) {
        List<Relation> all = List.copyOf(relations);
        String index = index();
        IntStream.range(0, (all.size() + BULK - 1) / BULK).parallel().forEach(chunk -> {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (Relation r : all.subList(chunk * BULK, Math.min(all.size(), (chunk + 1) * BULK))) {
                bulk.operations(op -> op.index(i -> i.index(index).id(r.id()).document(r)));
            }
            check(io(() -> client.bulk(bulk.build())));
        });
    }

    /** Pauses the relations index's refresh while a batch writes; see {@link IndexManager#bulkLoad}. */
    IndexManager.BulkLoad bulkLoad() {
        return indexManager.bulkLoad("relations");
    }

    /** A writer that sends relations while the caller goes on; see {@link Writer}. */
    Writer openWriter() {
        return new Writer(client, index());
    }

    /**
     * Removes the relations of these laws read from a version other than the given ones: a law re-read from the
     * same version has rewritten its relations under the same ids, so only an earlier version's leave any behind.
     */
    void deleteOtherVersions(Collection<String> lawIds, Collection<String> versions) {
        List<String> ids = List.copyOf(lawIds);
        List<FieldValue> current = versions.stream().map(FieldValue::of).toList();
        for (int from = 0; from < ids.size(); from += MAX_TERMS) {
            List<FieldValue> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_TERMS)).stream()
                    .map(FieldValue::of).toList();
            deleteMatching(Query.of(q -> q.bool(b -> b
                    .filter(f -> f.terms(t -> t.field("sourceLawId").terms(v -> v.value(chunk))))
                    .mustNot(m -> m.terms(t -> t.field("sourceVersion").terms(v -> v.value(current)))))));
        }
    }

    void deleteFromSources(Collection<String> lawIds) {
        List<String> ids = List.copyOf(lawIds);
        for (int from = 0; from < ids.size(); from += MAX_TERMS) {
            List<FieldValue> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_TERMS)).stream()
                    .map(FieldValue::of).toList();
            deleteMatching(Query.of(q -> q.terms(t -> t.field("sourceLawId").terms(v -> v.value(chunk)))));
        }
    }

    /** Relations matching the query, in id order, passed one by one: the memory used does not grow with them. */
    void each(Query query, Consumer<Relation> consumer) {
        scan(index(), query, null, Relation.class, consumer);
    }

    List<Relation> find(Query query, int limit) {
        return io(() -> {
            SearchResponse<Relation> response = client.search(s -> s.index(index()).query(query).size(limit)
                    .sort(o -> o.field(f -> f.field("id"))), Relation.class);
            return response.hits().hits().stream().map(Hit::source).toList();
        });
    }

    long count(Query query) {
        return io(() -> client.count(c -> c.index(index()).query(query)).count());
    }

    /** The distinct values of a keyword field, at most {@code limit}. */
    List<String> distinct(String field, int limit) {
        return io(() -> {
            var response = client.search(s -> s.index(index()).size(0)
                    .aggregations("values", a -> a.terms(t -> t.field(field).size(limit))), Void.class);
            return response.aggregations().get("values").sterms().buckets().array().stream()
                    .map(StringTermsBucket::key).map(FieldValue::stringValue).toList();
        });
    }

    void refresh() {
        io(() -> client.indices().refresh(r -> r.index(index())));
    }

    private void deleteMatching(Query query) {
        refresh();
        List<String> ids = new ArrayList<>();
        scan(index(), query, List.of("id"), IdOnly.class, r -> ids.add(r.id()));
        for (int from = 0; from < ids.size(); from += BULK) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (String id : ids.subList(from, Math.min(ids.size(), from + BULK))) {
                bulk.operations(op -> op.delete(d -> d.index(index()).id(id)));
            }
            check(io(() -> client.bulk(bulk.build())));
        }
        refresh();
    }

    private <T> void scan(String index, Query query, List<String> fields, Class<T> type, Consumer<T> consumer) {
        pages(index, query, s -> {
            if (fields != null) {
                s.source(src -> src.filter(f -> f.includes(fields)));
            }
        }, type, h -> consumer.accept(h.source()));
    }

    /** Every hit of the query in id order, page by page; {@code shape} says what each hit carries. */
    private <T> void pages(String index, Query query, Consumer<SearchRequest.Builder> shape, Class<T> type,
            Consumer<Hit<T>> consumer) {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<T> page = io(() -> client.search(s -> {
                s.index(index).query(query).size(PAGE).sort(o -> o.field(f -> f.field("id")));
                shape.accept(s);
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, type));
            List<Hit<T>> hits = page.hits().hits();
            hits.forEach(consumer);
            if (hits.size() < PAGE) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /**
     * Relations sent in bulk from any thread, one request at a time beside the catalog's own bulk writes; what
     * Elasticsearch rejected is named by relation id on {@link #finish()}, so that the caller can send it again.
     */
    static final class Writer {

        private final String index;
        private final Set<String> failed = ConcurrentHashMap.newKeySet();
        private final BulkIngester<String> ingester;

        private Writer(ElasticsearchClient client, String index) {
            this.index = index;
            this.ingester = BulkIngester.of(b -> b.client(client)
                    .maxOperations(BULK)
                    .maxSize(8L * 1024 * 1024)
                    .maxConcurrentRequests(1)
                    .flushInterval(2, TimeUnit.SECONDS)
                    .listener(new BulkListener<String>() {
                        @Override
                        public void beforeBulk(long executionId, BulkRequest request, List<String> contexts) {
                        }

                        @Override
                        public void afterBulk(long executionId, BulkRequest request, List<String> contexts,
                                BulkResponse response) {
                            List<BulkResponseItem> items = response.items();
                            for (int i = 0; i < items.size(); i++) {
                                if (items.get(i).error() != null) {
                                    failed.add(contexts.get(i));
                                }
                            }
                        }

                        @Override
                        public void afterBulk(long executionId, BulkRequest request, List<String> contexts,
                                Throwable failure) {
                            failed.addAll(contexts);
                        }
                    }));
        }

        void add(Relation relation) {
            ingester.add(op -> op.index(i -> i.index(index).id(relation.id()).document(relation)), relation.id());
        }

        /** Sends what is queued and waits for it; returns the ids of the relations that were not stored. */
        Set<String> finish() {
            ingester.close();
            return Set.copyOf(failed);
        }
    }

    private static void check(BulkResponse response) {
        if (response.errors()) {
            String reason = response.items().stream().filter(i -> i.error() != null).findFirst()
                    .map(BulkResponseItem::error).map(e -> e.type() + ": " + e.reason()).orElse("unknown");
            throw new IllegalStateException("Elasticsearch rejected part of a relations write: " + reason);
        }
    }

    private static <T> T io(IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch request failed: " + e.getMessage(), e);
        }
    }

    private record IdOnly(String id) {
    }

    @FunctionalInterface
    private interface IoCall<T> {
        T run() throws IOException;
    }
}
