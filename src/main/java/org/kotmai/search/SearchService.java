package org.kotmai.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private static final int MAX_RESULT_WINDOW = 10_000;
    private static final int HIGHLIGHTS_PER_HIT = 2;
    static final int RERANK_WINDOW = 50;
    /** Matches counted exactly when no facets are asked; beyond, the total is a lower bound. */
    static final int TOTAL_HITS_COUNTED = 1000;

    private final RecentUnderstandings understanding;
    private final CandidateRequests requests;
    private final RawSearches searches;
    private final ProvisionViews views;
    private final SearchProperties properties;

    SearchService(RecentUnderstandings understanding, CandidateRequests requests, RawSearches searches,
            ProvisionViews views, SearchProperties properties) {
        this.understanding = understanding;
        this.requests = requests;
        this.searches = searches;
        this.views = views;
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
        Candidates response = searches.send(requests.raw(new CandidateRequests.Key(u, filter, fetchFrom, fetchSize,
                Boolean.TRUE.equals(request.facets())), q.length() <= QueryUnderstanding.SHORT_QUERY),
                Candidates::read);
        // Typos are tolerated by the query itself (one-edit variants, bigrams); the suggester only proposes the
        // corrected query, which a second search did not improve on the evaluation set.
        Map<String, String> corrections = response.corrections();
        List<LawEvidence.Scored> ranked = LawEvidence.rerank(response.hits(),
                rerank ? properties.ranking().lawEvidenceWeight() : 0, ProvisionQueries.CITED_BOOST);
        if (rerank) {
            ranked = ranked.subList(Math.min(from, ranked.size()), Math.min(from + wanted, ranked.size()));
        }
        // Texts are read for the page shown only: reading them for the whole re-ranked head was the largest single
        // cost of a search.
        Map<String, ProvisionView> shown = views.read(ranked.stream().map(r -> r.candidate().id()).toList());

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
        long total = response.total() + namedLaws.size();
        return new SearchResult(q, total, page, size, List.copyOf(hits), groups(hits), response.facets(),
                corrections.isEmpty() ? null : String.join(" ", u.terms().stream()
                        .map(t -> corrections.getOrDefault(t, t)).toList()), interpretation, response.took(),
                response.exact());
    }

    /**
     * The Elasticsearch request the first page of a search sends, for measuring the service against the bare
     * query (see the latency benchmark).
     */
    CandidateRequests.Key firstPage(String query) {
        Understanding u = understanding.understand(QueryText.clean(query, properties.maxQueryChars()));
        SearchFilter none = new SearchFilter(null, null, null, null, null, null);
        int wanted = DEFAULT_SIZE - u.namedLaws().size();
        return new CandidateRequests.Key(u, none, 0, reranks(u, 0, wanted) ? RERANK_WINDOW : wanted, false);
    }

    private boolean reranks(Understanding u, int from, int wanted) {
        return ProvisionQueries.hasText(u) && from + wanted <= RERANK_WINDOW
                && properties.ranking().lawEvidenceWeight() > 0;
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
}
