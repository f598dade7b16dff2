package org.kotmai.search;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of results.
 *
 * @param hits       ranked results: cited provisions first, then a named law, then provisions by relevance
 * @param groups     the same hits grouped under their law, in order of each law's first hit
 * @param total      matching provisions (plus named laws); a lower bound when {@code totalExact} is false
 * @param facets     counts of matching provisions by lawType, lawStatus, yearBe, subjectGroups and agency, when
 *                   asked ({@code facets=true}); empty otherwise
 * @param didYouMean the query with likely typos corrected, or null
 * @param understood how the query was read
 * @param tookMillis time Elasticsearch spent on the search
 * @param totalExact whether {@code total} is exact: without facets, counting stops at
 *                   {@value SearchService#TOTAL_HITS_COUNTED} matches
 */
@Schema(description = "A page of search results")
public record SearchResult(String query, long total, int page, int size, List<SearchHit> hits, List<LawGroup> groups,
        Map<String, List<FacetCount>> facets, String didYouMean, Interpretation understood, long tookMillis,
        boolean totalExact) {

    /** Hits of one law. */
    public record LawGroup(String lawId, String lawTitle, String lawType, String lawStatus, Integer yearBe,
            @Schema(description = "provision numbers of the hits, \"\" for the law itself") List<String> provisions) {
    }

    public record FacetCount(String value, long count) {
    }

    /**
     * @param citations cited provisions as {@code <lawId>/<number>}
     * @param laws      ids of the laws the query names
     * @param terms     the words searched for, after analysis
     */
    public record Interpretation(List<String> citations, List<String> laws, List<String> terms) {
    }
}
