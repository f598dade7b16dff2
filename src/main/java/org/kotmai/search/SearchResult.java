package org.kotmai.search;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of results.
 *
 * @param hits       ranked results: cited provisions first, then a named law, then provisions by relevance
 * @param groups     the same hits grouped under their law, in order of each law's first hit
 * @param facets     counts of matching provisions by lawType, lawStatus, yearBe, subjectGroups and agency
 * @param didYouMean the query with likely typos corrected, or null
 * @param understood how the query was read
 * @param tookMillis time Elasticsearch spent on the search
 */
@Schema(description = "A page of search results")
public record SearchResult(String query, long total, int page, int size, List<SearchHit> hits, List<LawGroup> groups,
        Map<String, List<FacetCount>> facets, String didYouMean, Interpretation understood, long tookMillis) {

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
