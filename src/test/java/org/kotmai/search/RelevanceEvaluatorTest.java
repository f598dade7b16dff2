package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RelevanceEvaluatorTest {

    private static final String TSV = "id\tkind\tquery\tsysid\tlaw_title\tsections\tnote\n"
            + "q1\tcitation\tพ.ร.บ.ผึ้ง ม.5\t100\tผึ้ง\t5;7\t\n"
            + "q2\ttitle\tพ.ร.บ.ผึ้ง\t100\tผึ้ง\t\t\n"
            + "q3\tquestion\tรังผึ้ง\t100\tผึ้ง\t200|9\tother law\n";

    private static SearchHit hit(String sourceId, String provision) {
        return new SearchHit("law-" + sourceId, sourceId, "t", null, null, null, provision, "", List.of(), false,
                List.of(), 1, "TEXT");
    }

    @Test
    void readsGoldItemsIncludingOtherLawsAndTitleRows() {
        List<EvaluationQuery> queries = EvaluationQuery.parse(TSV, "test.tsv");
        assertThat(queries).extracting(EvaluationQuery::gold)
                .containsExactly(List.of("100|5", "100|7"), List.of("100"), List.of("200|9"));
    }

    @Test
    void refusesARowWithoutGoldSectionsNamingTheLine() {
        assertThatThrownBy(() -> EvaluationQuery.parse("id\tkind\tquery\tsysid\tlaw_title\tsections\n"
                + "q1\tkeyword\tผึ้ง\t100\tผึ้ง\t\n", "x.tsv"))
                .hasMessageContaining("x.tsv line 2").hasMessageContaining("gold sections");
        assertThatThrownBy(() -> EvaluationQuery.parse("id\tquery\n", "x.tsv")).hasMessageContaining("'kind'");
    }

    @Test
    void scoresRankRecallAndHitsAsDefined() {
        List<EvaluationQuery> queries = EvaluationQuery.parse(TSV, "test.tsv");
        double[] citation = RelevanceEvaluator.score(queries.get(0), List.of(hit("100", "6"), hit("100", "7")));
        assertThat(citation).containsExactly(0, 1, 0.5, 0.5);
        double[] title = RelevanceEvaluator.score(queries.get(1), List.of(hit("100", "3")));
        assertThat(title).containsExactly(1, 1, 1, 1);
        double[] miss = RelevanceEvaluator.score(queries.get(2), List.of(hit("100", "9")));
        assertThat(miss).containsExactly(0, 0, 0, 0);
    }
}
