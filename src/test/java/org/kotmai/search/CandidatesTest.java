package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class CandidatesTest {

    private static Candidates read(String json) {
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json.replace('\'', '"'))) {
            p.nextToken();
            return Candidates.read(p);
        }
    }

    @Test
    void readsHitsFromTheirDocValuesInElasticsearchOrder() {
        Candidates c = read("""
                {'took': 7, 'timed_out': false, '_shards': {'total': 1},
                 'hits': {'total': {'value': 1000, 'relation': 'gte'}, 'max_score': 3.5,
                  'hits': [
                   {'_index': 'p', '_id': 'x1', '_score': 3.5, '_ignored': ['a'],
                    'fields': {'ordinal': [12], 'id': ['law-1/5'], 'lawId': ['law-1']}},
                   {'_index': 'p', '_id': 'x2', '_score': null,
                    'fields': {'id': ['law-2/1'], 'lawId': ['law-2'], 'ordinal': [1], 'other': [{'a': [1]}]}}]}}
                """);
        assertThat(c.hits()).containsExactly(new LawEvidence.Candidate("law-1/5", "law-1", 12, 3.5),
                new LawEvidence.Candidate("law-2/1", "law-2", 1, 0));
        assertThat(c.total()).isEqualTo(1000);
        assertThat(c.exact()).isFalse();
        assertThat(c.took()).isEqualTo(7);
        assertThat(c.facets()).isEmpty();
        assertThat(c.corrections()).isEmpty();
    }

    @Test
    void readsFacetsInTheirOrderWithYearsAsTextAndMissingOnesEmpty() {
        Candidates c = read("""
                {'hits': {'total': {'value': 3, 'relation': 'eq'}, 'hits': []},
                 'aggregations': {
                  'lterms#yearBe': {'doc_count_error_upper_bound': 0, 'buckets': [{'key': 2562, 'doc_count': 2}]},
                  'sterms#lawType': {'buckets': [{'key': 'ACT', 'doc_count': 3}, {'key': 'ROYAL_DECREE', 'doc_count': 1}]},
                  'dterms#agency': {'buckets': [{'key': 1.5, 'doc_count': 1}]}}}
                """);
        assertThat(c.exact()).isTrue();
        assertThat(c.facets()).containsOnlyKeys(SearchService.FACETS);
        assertThat(c.facets().keySet()).containsExactlyElementsOf(SearchService.FACETS);
        assertThat(c.facets().get("lawType")).containsExactly(new SearchResult.FacetCount("ACT", 3),
                new SearchResult.FacetCount("ROYAL_DECREE", 1));
        assertThat(c.facets().get("yearBe")).containsExactly(new SearchResult.FacetCount("2562", 2));
        assertThat(c.facets().get("agency")).isEmpty();
        assertThat(c.facets().get("subjectGroups")).isEmpty();
    }

    @Test
    void takesTheFirstOptionOfEachTermSuggestionThatHasOne() {
        Candidates c = read("""
                {'hits': {'hits': []},
                 'suggest': {'term#words': [
                  {'text': 'ค่าจาง', 'offset': 0, 'length': 6,
                   'options': [{'text': 'ค่าจ้าง', 'score': 0.8, 'freq': 40}, {'text': 'ค่าจอง', 'score': 0.7}]},
                  {'text': 'นายจ้าง', 'offset': 7, 'length': 7, 'options': []}]}}
                """);
        assertThat(c.corrections()).containsExactly(java.util.Map.entry("ค่าจาง", "ค่าจ้าง"));
    }

    @Test
    void refusesAHitWithoutTheDocValuesItNeeds() {
        assertThatThrownBy(() -> read("{'hits': {'hits': [{'_id': 'x', '_score': 1.0, 'fields': {'id': []}}]}}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("doc values");
    }

    @Test
    void readsAnEmptyAnswer() {
        assertThat(read("{'took': 0, 'hits': {'total': {'value': 0, 'relation': 'eq'}, 'hits': []}}").hits())
                .isEqualTo(List.of());
    }
}
