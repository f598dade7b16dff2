package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kotmai.thai.ThaiAnalyzer;

class ProvisionQueriesTest {

    private static final ThaiAnalyzer ANALYZER = ThaiAnalyzer.createDefault();

    private static Understanding understood(List<String> terms, List<String> expansions, Set<String> everyday) {
        return new Understanding(List.of(), List.of(), terms, expansions, null, null, everyday);
    }

    @Test
    void anEverydayWordAndTheLegalWordsForItCountAsOneConcept() {
        String query = "เงินเดือน ลด";
        List<String> tokens = ANALYZER.tokens(query);
        List<String> expanded = ANALYZER.queryTokens(query);
        Understanding u = understood(tokens, expanded.subList(tokens.size(), expanded.size()),
                ANALYZER.everydayWords(query));

        List<String> concepts = ProvisionQueries.concepts(u, ANALYZER);

        assertThat(concepts).hasSize(2);
        assertThat(concepts.get(0).split(" ")).contains("เงินเดือน", "ค่าจ้าง");
        assertThat(concepts.get(1)).isEqualTo("ลด");
    }

    @Test
    void anExpansionNoQueryWordAccountsForCountsOnItsOwn() {
        Understanding u = understood(List.of("ลด", "เวลา"), List.of("ค่าจ้าง"), Set.of());

        assertThat(ProvisionQueries.concepts(u, ANALYZER)).containsExactly("ลด", "เวลา", "ค่าจ้าง");
    }
}
