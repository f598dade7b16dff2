package org.kotmai.relations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
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

/**
 * Reads and writes relations in the {@code relations} index, grouped in {@link RelationChunk}s, and reads the
 * catalog's titles for resolution.
 */
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
    void write(Collection<RelationChunk> chunks) {
        List<RelationChunk> all = List.copyOf(chunks);
        String index = index();
        IntStream.range(0, (all.size() + BULK - 1) / BULK).parallel().forEach(part -> {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (RelationChunk c : all.subList(part * BULK, Math.min(all.size(), (part + 1) * BULK))) {
                bulk.operations(op -> op.index(i -> i.index(index).id(c.id()).document(c)));
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
     * Removes the chunks of these laws other than the given ones: a law's relations rewritten under the same chunk
     * ids replace themselves, but fewer targets, or an earlier version's, leave chunks behind.
     */
    void keepOnly(Collection<String> lawIds, Set<String> chunkIds) {
        List<String> stale = new ArrayList<>();
        forSources(lawIds, query -> scan(index(), query, List.of("id"), IdOnly.class, c -> {
            if (!chunkIds.contains(c.id())) {
                stale.add(c.id());
            }
        }));
        delete(stale);
    }

    void deleteFromSources(Collection<String> lawIds) {
        List<String> ids = new ArrayList<>();
        forSources(lawIds, query -> scan(index(), query, List.of("id"), IdOnly.class, c -> ids.add(c.id())));
        delete(ids);
    }

    /** Every relation these laws state, by law. */
    Map<String, List<Relation>> statedBy(Collection<String> lawIds) {
        Map<String, List<Relation>> bySource = new HashMap<>();
        forSources(lawIds, query -> each(query, c -> bySource.computeIfAbsent(c.sourceLawId(),
                k -> new ArrayList<>()).addAll(c.expanded())));
        return bySource;
    }

    private void forSources(Collection<String> lawIds, Consumer<Query> action) {
        refresh();
        List<String> ids = List.copyOf(lawIds);
        for (int from = 0; from < ids.size(); from += MAX_TERMS) {
            List<FieldValue> part = ids.subList(from, Math.min(ids.size(), from + MAX_TERMS)).stream()
                    .map(FieldValue::of).toList();
            action.accept(Query.of(q -> q.terms(t -> t.field("sourceLawId").terms(v -> v.value(part)))));
        }
    }

    /** Chunks matching the query, in id order, passed one by one: the memory used does not grow with them. */
    void each(Query query, Consumer<RelationChunk> consumer) {
        scan(index(), query, null, RelationChunk.class, consumer);
    }

    /** The relations of the chunks matching the query that pass the filter, in id order. */
    List<Relation> find(Query query, Predicate<Relation> filter) {
        List<Relation> found = new ArrayList<>();
        each(query, c -> c.expanded().stream().filter(filter).forEach(found::add));
        found.sort(Comparator.comparing(Relation::id));
        return found;
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

    /** Whether the index holds no relations at all, as of its last refresh. */
    boolean isEmpty() {
        return io(() -> client.count(c -> c.index(index())).count()) == 0;
    }

    private void delete(List<String> ids) {
        for (int from = 0; from < ids.size(); from += BULK) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (String id : ids.subList(from, Math.min(ids.size(), from + BULK))) {
                bulk.operations(op -> op.delete(d -> d.index(index()).id(id)));
            }
            check(io(() -> client.bulk(bulk.build())));
        }
        if (!ids.isEmpty()) {
            refresh();
        }
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
     * Chunks of relations sent in bulk from any thread, one request at a time beside the catalog's own bulk writes;
     * what Elasticsearch rejected is named by chunk id on {@link #finish()}, so that the caller can send it again.
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

        void add(RelationChunk chunk) {
            ingester.add(op -> op.index(i -> i.index(index).id(chunk.id()).document(chunk)), chunk.id());
        }

        /** Sends what is queued and waits for it; returns the ids of the chunks that were not stored. */
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
