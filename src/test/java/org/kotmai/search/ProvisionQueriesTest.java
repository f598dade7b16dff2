package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.SortOrder;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.kotmai.thai.ThaiAnalyzer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ProvisionQueriesTest {

    private static final ThaiAnalyzer ANALYZER = ThaiAnalyzer.createDefault();

    private static Understanding understood(List<String> terms, List<String> expansions, Set<String> everyday) {
        return new Understanding(List.of(), List.of(), terms, expansions, null, null, everyday, List.of(), null);
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

    @Test
    void aLawNamedAloneHasItsEqualScoresInTheLawsOwnOrder() {
        SearchProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("kotmai.search", SearchProperties.class);
        LawEntry law = new LawEntry("act-2568-แพะ", "T-GOAT", "พระราชบัญญัติการเลี้ยงแพะ พ.ศ. ๒๕๖๘", InstrumentType.ACT,
                LawStatus.IN_FORCE, 2568, List.of(), null, 12);
        Understanding named = new Understanding(List.of(), List.of(law), List.of(), List.of(), null, null, Set.of(),
                List.of(), null);

        ProvisionQueries.Plan plan = new ProvisionQueries(ANALYZER, properties).build(named, List.of(), 50);

        assertThat(plan.rescores()).isEmpty();
        assertThat(plan.sort()).hasSize(2);
        assertThat(plan.sort().get(0).score().order()).isEqualTo(SortOrder.Desc);
        assertThat(plan.sort().get(1).field().field()).isEqualTo("ordinal");
        assertThat(plan.sort().get(1).field().order()).isEqualTo(SortOrder.Asc);
    }

    @Test
    void aQueryWithTextKeepsTheScoreOrderThatRescoringNeeds() {
        SearchProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("kotmai.search", SearchProperties.class);

        ProvisionQueries.Plan plan = new ProvisionQueries(ANALYZER, properties)
                .build(understood(List.of("ค่าจ้าง"), List.of(), Set.of()), List.of(), 50);

        assertThat(plan.rescores()).isNotEmpty();
        assertThat(plan.sort()).isEmpty();
    }
}
