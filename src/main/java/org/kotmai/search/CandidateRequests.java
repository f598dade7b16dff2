package org.kotmai.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import org.kotmai.catalog.CatalogIndices;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch request for the ranked candidates of an understood query, serialized once and kept for the
 * queries searched most recently: a repeated query sends the same bytes without building or serializing its
 * query again. A request depends on the reading of the query, the filters, the page and the dictionary (through
 * the analyzer); a new table of law names (the catalog or the dictionary changed) empties the cache, as it does
 * {@link RecentUnderstandings}.
 */
@Component
class CandidateRequests {

    /** Requests kept: those of the recent readings, a few per reading (pages, filters); a few KiB each. */
    static final int CAPACITY = 2048;
    private static final int FACET_SIZE = 50;
    /** The agency facet counts organisations, so that a law two ministries share counts for both. */
    private static final Map<String, String> FACET_FIELDS = Map.of("agency", "agencies");
    private static final int MAX_SUGGESTED_TERMS = 6;
    private static final List<FieldAndFormat> DOC_VALUES = Stream.of("id", "lawId", "ordinal")
            .map(f -> FieldAndFormat.of(ff -> ff.field(f))).toList();

    /** What a request is made of besides the fixed settings. */
    record Key(Understanding understanding, SearchFilter filter, int from, int size, boolean facets) {
    }

    private final ProvisionQueries queries;
    private final CatalogIndices indices;
    private final LawDirectory directory;
    private final SearchProperties properties;
    private final JsonpMapper mapper;
    private final RecentPerLawTable<Key, RawRequest> recent = new RecentPerLawTable<>(CAPACITY);

    CandidateRequests(ProvisionQueries queries, CatalogIndices indices, LawDirectory directory,
            SearchProperties properties, ElasticsearchClient client) {
        this.queries = queries;
        this.indices = indices;
        this.directory = directory;
        this.properties = properties;
        this.mapper = client._jsonpMapper();
    }

    /**
     * The serialized request for {@code key}; kept when {@code keep} (a short query, whose reading is kept too:
     * long pasted texts rarely repeat).
     */
    RawRequest raw(Key key, boolean keep) {
        return keep ? recent.get(key, directory.names(), this::serialized) : serialized(key);
    }

    private RawRequest serialized(Key key) {
        return RawRequest.of(SearchRequest._ENDPOINT, typed(key), mapper);
    }

    /** The typed request, for whoever wants to inspect or vary it (the benchmark's query profile). */
    SearchRequest typed(Key key) {
        Understanding u = key.understanding();
        ProvisionQueries.Plan plan = queries.build(u, key.filter().onProvisions(),
                Math.max(SearchService.RERANK_WINDOW, properties.ranking().rescoreWindow()));
        boolean suggest = u.citations().isEmpty() && u.namedLaws().isEmpty() && !u.terms().isEmpty()
                && u.terms().size() <= MAX_SUGGESTED_TERMS;
        return SearchRequest.of(s -> {
            SearchRequest.Builder b = s.index(indices.provisions()).query(plan.query()).from(key.from())
                    .size(Math.max(0, key.size()))
                    // Only what re-ranking needs, from doc values: no stored document is read.
                    .source(src -> src.fetch(false)).storedFields("_none_")
                    .docvalueFields(DOC_VALUES)
                    .rescore(plan.rescores())
                    .sort(plan.sort())
                    // Elasticsearch caches only size-0 requests unless asked: the ranked candidates of a repeated
                    // query are then served from the shard's cache until the next refresh that changes the index.
                    .requestCache(true);
            // Facets count every match anyway; without them, counting stops early so that Elasticsearch can skip
            // documents that cannot reach the first page.
            if (key.facets()) {
                b.trackTotalHits(t -> t.enabled(true));
                for (String facet : SearchService.FACETS) {
                    b.aggregations(facet, a -> a.terms(t -> t.field(FACET_FIELDS.getOrDefault(facet, facet))
                            .size(FACET_SIZE)));
                }
            } else {
                b.trackTotalHits(t -> t.count(SearchService.TOTAL_HITS_COUNTED));
            }
            if (suggest) {
                b.suggest(sg -> sg.text(String.join(" ", u.terms())).suggesters("words", w -> w.term(t -> t
                        .field("search.textTokens").suggestMode(SuggestMode.Missing).minWordLength(2)
                        .prefixLength(1).size(1))));
            }
            return b;
        });
    }
}
