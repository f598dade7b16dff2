package org.kotmai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.MgetRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import jakarta.json.JsonArray;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.catalog.ProvisionIds;
import org.kotmai.web.BadRequestException;
import org.springframework.stereotype.Service;

/**
 * Searches the catalog: understands the query ({@link QueryUnderstanding}), asks Elasticsearch for the ranked
 * candidates (with facets when asked), puts cited provisions and named laws first, and reads the texts of the
 * page shown.
 */
@Service
public class SearchService {

    static final int DEFAULT_SIZE = 10;
    static final List<String> FACETS = List.of("lawType", "lawStatus", "yearBe", "subjectGroups", "agency");
    /** The agency facet counts organisations, so that a law two ministries share counts for both. */
    private static final Map<String, String> FACET_FIELDS = Map.of("agency", "agencies");
    private static final int FACET_SIZE = 50;
    private static final int MAX_RESULT_WINDOW = 10_000;
    private static final int HIGHLIGHTS_PER_HIT = 2;
    private static final int MAX_SUGGESTED_TERMS = 6;
    private static final List<FieldAndFormat> DOC_VALUES = Stream.of("id", "lawId", "ordinal")
            .map(f -> FieldAndFormat.of(ff -> ff.field(f))).toList();
    static final int RERANK_WINDOW = 50;
    /** Matches counted exactly when no facets are asked; beyond, the total is a lower bound. */
    static final int TOTAL_HITS_COUNTED = 1000;

    private final ElasticsearchClient client;
    private final CatalogIndices indices;
    private final RecentUnderstandings understanding;
    private final ProvisionQueries queries;
    private final SearchProperties properties;

    SearchService(ElasticsearchClient client, CatalogIndices indices, RecentUnderstandings understanding,
            ProvisionQueries queries, SearchProperties properties) {
        this.client = client;
        this.indices = indices;
        this.understanding = understanding;
        this.queries = queries;
        this.properties = properties;
    }

    /**
     * Runs a search.
     *
     * @throws BadRequestException naming the field when the query is empty or too long, or paging is out of range
     */
    public SearchResult search(SearchRequest request) {
        int page = request.page() == null ? 0 : request.page();
        int size = request.size() == null ? DEFAULT_SIZE : request.size();
        if (page < 0) {
            throw new BadRequestException("page", "must be 0 or more (pages count from 0)");
        }
        if (size < 1 || size > properties.maxPageSize()) {
            throw new BadRequestException("size", "must be between 1 and " + properties.maxPageSize());
        }
        if ((long) (page + 1) * size > MAX_RESULT_WINDOW) {
            throw new BadRequestException("page", "results beyond the first " + MAX_RESULT_WINDOW
                    + " are not served; add words or filters instead");
        }
        String q = QueryText.clean(request.q(), properties.maxQueryChars());
        SearchFilter filter = new SearchFilter(request.type(), request.status(), request.yearFrom(),
                request.yearTo(), request.subjectGroup(), request.agency());
        Understanding u = understanding.understand(q);
        SearchResult.Interpretation interpretation = new SearchResult.Interpretation(
                u.citations().stream().map(c -> ProvisionIds.of(c.law().id(), c.number())).toList(),
                u.namedLaws().stream().map(LawEntry::id).toList(), u.terms());
        if (u.isEmpty()) {
            return new SearchResult(q, 0, page, size, List.of(), List.of(), Map.of(), null, interpretation, 0, true);
        }
        List<LawEntry> namedLaws = u.namedLaws().stream().filter(filter::accepts).toList();
        int lawSlots = page == 0 ? namedLaws.size() : 0;
        int from = Math.max(0, page * size - namedLaws.size());
        int wanted = Math.max(0, size - lawSlots);
        // The head of the ranking is re-ranked by law evidence, so it is fetched whole; deeper pages keep the
        // order of Elasticsearch.
        boolean rerank = reranks(u, from, wanted);
        int fetchFrom = rerank ? 0 : from;
        int fetchSize = rerank ? RERANK_WINDOW : wanted;
        SearchResponse<Void> response = candidates(u, filter, fetchFrom, fetchSize,
                Boolean.TRUE.equals(request.facets()));
        // Typos are tolerated by the query itself (one-edit variants, bigrams); the suggester only proposes the
        // corrected query, which a second search did not improve on the evaluation set.
        Map<String, String> corrections = corrections(response);
        List<LawEvidence.Scored> ranked = LawEvidence.rerank(
                response.hits().hits().stream().map(SearchService::candidate).toList(),
                rerank ? properties.ranking().lawEvidenceWeight() : 0, ProvisionQueries.CITED_BOOST);
        if (rerank) {
            ranked = ranked.subList(Math.min(from, ranked.size()), Math.min(from + wanted, ranked.size()));
        }
        Map<String, ProvisionView> shown = views(ranked.stream().map(r -> r.candidate().id()).toList());

        Set<String> highlightTerms = new LinkedHashSet<>(u.terms());
        highlightTerms.addAll(u.expansions());
        Set<String> cited = new LinkedHashSet<>(interpretation.citations());
        List<SearchHit> hits = new ArrayList<>();
        double top = ranked.isEmpty() ? 1 : ranked.get(0).score();
        if (lawSlots > 0) {
            namedLaws.forEach(law -> hits.add(lawHit(law, top + 1)));
        }
        if (page == 0 && !cited.isEmpty() && ranked.stream().noneMatch(h -> cited.contains(h.candidate().id()))) {
            // The cited number is not in the catalogued text (a typo, or a number the law does not have): the law
            // itself is the best answer.
            u.citations().stream().map(Understanding.Citation::law).distinct().filter(filter::accepts)
                    .forEach(law -> hits.add(lawHit(law, top + 1)));
        }
        for (LawEvidence.Scored scored : ranked) {
            String id = scored.candidate().id();
            ProvisionView p = shown.get(id);
            if (p == null || hits.size() >= size) {
                continue;
            }
            double score = scored.score();
            String match = cited.contains(id) ? "CITATION"
                    : namedLaws.stream().anyMatch(l -> l.id().equals(p.lawId())) ? "LAW" : "TEXT";
            hits.add(new SearchHit(p.lawId(), p.sourceId(), p.lawTitle(), p.lawType(), p.lawStatus(), p.yearBe(),
                    p.number(), p.label(), p.path(), p.repealed(),
                    Highlighter.highlight(p.text(), highlightTerms, HIGHLIGHTS_PER_HIT), score, match));
        }
        TotalHits matches = response.hits().total();
        long total = (matches == null ? 0 : matches.value()) + namedLaws.size();
        return new SearchResult(q, total, page, size, List.copyOf(hits), groups(hits), facets(response),
                corrections.isEmpty() ? null : String.join(" ", u.terms().stream()
                        .map(t -> corrections.getOrDefault(t, t)).toList()), interpretation, response.took(),
                matches == null || matches.relation() == TotalHitsRelation.Eq);
    }

    private SearchResponse<Void> candidates(Understanding u, SearchFilter filter, int from, int size,
            boolean facets) {
        try {
            return client.search(request(u, filter, from, size, facets), Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch search failed: " + e.getMessage(), e);
        }
    }

    /** The shown fields of the provisions with these ids. */
    private Map<String, ProvisionView> views(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, ProvisionView> out = new LinkedHashMap<>();
            for (MultiGetResponseItem<ProvisionView> item : client.mget(viewsRequest(ids), ProvisionView.class)
                    .docs()) {
                if (item.isResult() && item.result().found() && item.result().source() != null) {
                    out.put(item.result().id(), item.result().source());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch get failed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the provisions a page shows. Texts are read for those only: reading them for the whole re-ranked
     * head was the largest single cost of a search.
     */
    MgetRequest viewsRequest(List<String> ids) {
        return MgetRequest.of(m -> m.index(indices.provisions()).ids(ids).sourceIncludes(ProvisionView.FIELDS)
                .realtime(false));
    }

    /** A hit of the search as read from the doc values it asks for. */
    static LawEvidence.Candidate candidate(Hit<Void> hit) {
        return new LawEvidence.Candidate(docValue(hit, "id").getString(0), docValue(hit, "lawId").getString(0),
                docValue(hit, "ordinal").getJsonNumber(0).intValue(), hit.score() == null ? 0 : hit.score());
    }

    private static JsonArray docValue(Hit<Void> hit, String field) {
        return hit.fields().get(field).toJson().asJsonArray();
    }

    /**
     * The Elasticsearch request the first page of a search sends, for measuring the service against the bare
     * query (see the latency benchmark).
     */
    co.elastic.clients.elasticsearch.core.SearchRequest elasticsearchRequest(String query) {
        Understanding u = understanding.understand(QueryText.clean(query, properties.maxQueryChars()));
        SearchFilter none = new SearchFilter(null, null, null, null, null, null);
        int wanted = DEFAULT_SIZE - u.namedLaws().size();
        return request(u, none, 0, reranks(u, 0, wanted) ? RERANK_WINDOW : wanted, false);
    }

    private boolean reranks(Understanding u, int from, int wanted) {
        return ProvisionQueries.hasText(u) && from + wanted <= RERANK_WINDOW
                && properties.ranking().lawEvidenceWeight() > 0;
    }

    private co.elastic.clients.elasticsearch.core.SearchRequest request(Understanding u, SearchFilter filter, int from,
            int size, boolean facets) {
        ProvisionQueries.Plan plan = queries.build(u, filter.onProvisions(),
                Math.max(RERANK_WINDOW, properties.ranking().rescoreWindow()));
        boolean suggest = u.citations().isEmpty() && u.namedLaws().isEmpty() && !u.terms().isEmpty()
                && u.terms().size() <= MAX_SUGGESTED_TERMS;
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            Builder b = s.index(indices.provisions()).query(plan.query()).from(from).size(Math.max(0, size))
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
            if (facets) {
                b.trackTotalHits(t -> t.enabled(true));
                for (String facet : FACETS) {
                    b.aggregations(facet, a -> a.terms(t -> t.field(FACET_FIELDS.getOrDefault(facet, facet))
                            .size(FACET_SIZE)));
                }
            } else {
                b.trackTotalHits(t -> t.count(TOTAL_HITS_COUNTED));
            }
            if (suggest) {
                b.suggest(sg -> sg.text(String.join(" ", u.terms())).suggesters("words", w -> w.term(t -> t
                        .field("search.textTokens").suggestMode(SuggestMode.Missing).minWordLength(2)
                        .prefixLength(1).size(1))));
            }
            return b;
        });
    }

    private static SearchHit lawHit(LawEntry law, double score) {
        return new SearchHit(law.id(), law.sourceId(), law.title(), law.type(), law.status(), law.yearBe(), "", "",
                List.of(), false, List.of(), score, "LAW");
    }

    private static List<SearchResult.LawGroup> groups(List<SearchHit> hits) {
        Map<String, List<String>> numbers = new LinkedHashMap<>();
        Map<String, SearchHit> first = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            numbers.computeIfAbsent(hit.lawId(), id -> new ArrayList<>()).add(hit.provision());
            first.putIfAbsent(hit.lawId(), hit);
        }
        List<SearchResult.LawGroup> out = new ArrayList<>();
        first.forEach((id, hit) -> out.add(new SearchResult.LawGroup(id, hit.lawTitle(),
                hit.lawType() == null ? null : hit.lawType().name(),
                hit.lawStatus() == null ? null : hit.lawStatus().name(), hit.yearBe(), List.copyOf(numbers.get(id)))));
        return List.copyOf(out);
    }

    private static Map<String, List<SearchResult.FacetCount>> facets(SearchResponse<Void> response) {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        if (response.aggregations().isEmpty()) {
            return Map.of();
        }
        for (String facet : FACETS) {
            Aggregate agg = response.aggregations().get(facet);
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            if (agg != null && agg.isSterms()) {
                agg.sterms().buckets().array().forEach(b -> counts.add(
                        new SearchResult.FacetCount(b.key().stringValue(), b.docCount())));
            } else if (agg != null && agg.isLterms()) {
                agg.lterms().buckets().array().forEach(b -> counts.add(
                        new SearchResult.FacetCount(String.valueOf(b.key()), b.docCount())));
            }
            out.put(facet, List.copyOf(counts));
        }
        return out;
    }

    /** Typed words missing from the index, each with the indexed word one or two edits away that is most common. */
    private static Map<String, String> corrections(SearchResponse<Void> response) {
        List<Suggestion<Void>> suggestions = response.suggest() == null ? null
                : response.suggest().get("words");
        Map<String, String> corrections = new LinkedHashMap<>();
        if (suggestions != null) {
            for (Suggestion<Void> s : suggestions) {
                if (s.isTerm() && !s.term().options().isEmpty()) {
                    corrections.put(s.term().text(), s.term().options().get(0).text());
                }
            }
        }
        return corrections;
    }
}
