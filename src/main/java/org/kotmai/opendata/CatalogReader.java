package org.kotmai.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.ProvisionDocument;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Walks the catalog indices page by page with {@code search_after}, handing each document on before the next page
 * is fetched: exports and feeds hold one page at a time, however large the catalog.
 */
@Component
class CatalogReader {

    /** Laws carry their full text (a code is megabytes), so their pages are small. */
    static final int LAW_PAGE = 20;
    static final int PROVISION_PAGE = 500;

    private final ElasticsearchClient client;
    private final CatalogIndices indices;

    CatalogReader(ElasticsearchClient client, CatalogIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /** Every law as stored, ordered by id. */
    void eachLaw(Consumer<JsonNode> sink) {
        scan(indices.laws(), Query.of(q -> q.matchAll(m -> m)), List.of(sort("id")), LAW_PAGE, sink);
    }

    /** Every provision as stored, ordered by law id then position, so that a law's provisions come together. */
    void eachProvision(Consumer<JsonNode> sink) {
        scan(indices.provisions(), Query.of(q -> q.matchAll(m -> m)),
                List.of(sort("lawId"), sort("ordinal"), sort("id")), PROVISION_PAGE, sink);
    }

    /** The provisions of one law in document order. */
    List<ProvisionDocument> provisionsOf(String lawId) {
        List<ProvisionDocument> out = new ArrayList<>();
        Query query = Query.of(q -> q.term(t -> t.field("lawId").value(lawId)));
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<ProvisionDocument> page = io(() -> client.search(s -> {
                s.index(indices.provisions()).query(query).size(PROVISION_PAGE)
                        .source(src -> src.filter(f -> f.excludes("search")))
                        .sort(sort("ordinal"), sort("id"));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, ProvisionDocument.class));
            List<Hit<ProvisionDocument>> hits = page.hits().hits();
            hits.forEach(h -> out.add(h.source()));
            if (hits.size() < PROVISION_PAGE) {
                return out;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /**
     * Identity fields of every law, for resolving cited titles. Read from doc values: loading the stored laws
     * would parse every law's full text.
     */
    List<LawIdentity> lawIdentities() {
        List<LawIdentity> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Void> page = io(() -> client.search(s -> {
                s.index(indices.laws()).query(q -> q.matchAll(m -> m)).size(1000)
                        .source(src -> src.fetch(false))
                        .docvalueFields(FieldAndFormat.of(f -> f.field("type")),
                                FieldAndFormat.of(f -> f.field("yearBe")),
                                FieldAndFormat.of(f -> f.field("title.keyword")))
                        .sort(sort("id"));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Void.class));
            List<Hit<Void>> hits = page.hits().hits();
            for (Hit<Void> hit : hits) {
                out.add(new LawIdentity(hit.id(), ExportImporter.typeNamed(field(hit, "type")),
                        field(hit, "yearBe") == null ? null : Integer.valueOf(field(hit, "yearBe")),
                        field(hit, "title.keyword")));
            }
            if (hits.size() < 1000) {
                return out;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private static String field(Hit<Void> hit, String name) {
        var values = hit.fields().get(name);
        if (values == null || values.toJson().asJsonArray().isEmpty()) {
            return null;
        }
        var value = values.toJson().asJsonArray().get(0);
        return value instanceof jakarta.json.JsonString text ? text.getString() : value.toString();
    }

    /**
     * What changes whenever a law is added, replaced or removed: the number of laws and the latest catalogue time.
     */
    String lawsVersion() {
        SearchResponse<Void> page = io(() -> client.search(s -> s.index(indices.laws())
                .query(q -> q.matchAll(m -> m)).size(1).source(src -> src.fetch(false))
                .trackTotalHits(t -> t.enabled(true))
                .sort(o -> o.field(f -> f.field("ingestedAt").order(SortOrder.Desc).missing("_last"))), Void.class));
        long total = page.hits().total() == null ? -1 : page.hits().total().value();
        String latest = page.hits().hits().isEmpty() ? ""
                : page.hits().hits().get(0).sort().stream().map(v -> String.valueOf(v._get())).toList().toString();
        return total + "@" + latest;
    }

    /** The most recently (re)catalogued laws, newest first, without their text and structure. */
    List<LawDocument> latestLaws(int count) {
        SearchResponse<LawDocument> page = io(() -> client.search(s -> s.index(indices.laws())
                .query(q -> q.matchAll(m -> m)).size(count)
                .source(src -> src.filter(f -> f.excludes("text", "toc", "structure", "footnotes", "amendingActs",
                        "promulgatingAct", "courtRulings", "reasons", "countersignature", "repairs", "warnings")))
                .sort(o -> o.field(f -> f.field("ingestedAt").order(SortOrder.Desc).missing("_last")))
                .sort(sort("id")), LawDocument.class));
        return page.hits().hits().stream().map(Hit::source).toList();
    }

    /** What identifies a law, as named in the index. */
    record LawIdentity(String id, InstrumentType type, Integer yearBe, String title) {
    }

    private void scan(String index, Query query, List<SortOptions> order, int pageSize, Consumer<JsonNode> sink) {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<JsonNode> page = io(() -> client.search(s -> {
                s.index(index).query(query).size(pageSize).sort(order);
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, JsonNode.class));
            List<Hit<JsonNode>> hits = page.hits().hits();
            hits.forEach(h -> sink.accept(h.source()));
            if (hits.size() < pageSize) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private static SortOptions sort(String field) {
        return SortOptions.of(o -> o.field(f -> f.field(field)));
    }

    private static <T> T io(IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch request failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface IoCall<T> {
        T run() throws IOException;
    }
}
