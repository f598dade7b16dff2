package org.kotmai.review.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kotmai.review.workflow.Decision;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.review.workflow.ReviewSubject;
import org.kotmai.review.workflow.SubjectKind;

class DashboardCalculatorTest {

    private static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");

    @Test
    void repealSavesTheWholeBurdenKeepSavesNothingAndAmendSavesWhatItsCostModelSays() {
        ItemFigures repealed = ItemFigures.of(item("1", "กรมก"), guillotine(ReviewState.DECIDED, "repeal", 100_000),
                null);
        ItemFigures kept = ItemFigures.of(item("2", "กรมก"), guillotine(ReviewState.PUBLISHED, "keep", 50_000),
                costModel(9_999, 1));
        ItemFigures amended = ItemFigures.of(item("3", "กรมข"), guillotine(ReviewState.DECIDED, "amend", 80_000),
                costModel(30_000, 10_000));

        assertThat(repealed.proposedBurden()).isEqualByComparingTo("0");
        assertThat(repealed.saving()).isEqualByComparingTo("100000");
        assertThat(kept.proposedBurden()).as("a kept rule costs what it costs now").isEqualByComparingTo("9999");
        assertThat(kept.burdenSource()).isEqualTo("cost_model");
        assertThat(amended.currentBurden()).as("the cost model outweighs the rough estimate")
                .isEqualByComparingTo("30000");
        assertThat(amended.saving()).isEqualByComparingTo("20000");
    }

    @Test
    void anAmendmentWithoutCostModelAndAnUndecidedItemSaveNothingYet() {
        ItemFigures amended = ItemFigures.of(item("1", "กรมก"), guillotine(ReviewState.DECIDED, "amend", 80_000),
                null);
        ItemFigures pending = ItemFigures.of(item("2", "กรมก"), guillotine(ReviewState.SUBMITTED, null, 10_000),
                null);

        assertThat(amended.saving()).isEqualByComparingTo("0");
        assertThat(pending.decision()).isNull();
        assertThat(pending.saving()).isEqualByComparingTo("0");
    }

    @Test
    void dashboardCountsStatesDecisionsAndBurdenPerAgency() {
        List<ItemFigures> figures = List.of(
                ItemFigures.of(item("1", "กรมข"), guillotine(ReviewState.DECIDED, "repeal", 100_000), null),
                ItemFigures.of(item("2", "กรมก"), guillotine(ReviewState.PUBLISHED, "keep", 50_000), null),
                ItemFigures.of(item("3", "กรมก"), guillotine(ReviewState.DRAFT, null, null), null),
                ItemFigures.of(item("4", "กรมก"), null, null));

        Dashboard dashboard = DashboardCalculator.of(campaign(), figures);

        assertThat(dashboard.items()).isEqualTo(4);
        assertThat(dashboard.byState()).containsExactly(Map.entry("NO_REVIEW", 1L), Map.entry("DRAFT", 1L),
                Map.entry("SUBMITTED", 0L), Map.entry("IN_COMMITTEE_REVIEW", 0L), Map.entry("DECIDED", 1L),
                Map.entry("PUBLISHED", 1L));
        assertThat(dashboard.byDecision()).containsExactly(Map.entry("keep", 1L), Map.entry("amend", 0L),
                Map.entry("repeal", 1L), Map.entry("undecided", 2L));
        assertThat(dashboard.burden()).isEqualTo(new Burden(new BigDecimal("150000"), new BigDecimal("50000"),
                new BigDecimal("100000"), 2));
        assertThat(dashboard.perAgency()).extracting(Dashboard.AgencyFigures::agency).containsExactly("กรมก", "กรมข");
        Dashboard.AgencyFigures first = dashboard.perAgency().get(0);
        assertThat(first.items()).isEqualTo(3);
        assertThat(first.byDecision()).containsEntry("keep", 1L).containsEntry("undecided", 2L);
        assertThat(first.burden().saving()).isEqualByComparingTo("0");
        assertThat(dashboard.perAgency().get(1).burden().saving()).isEqualByComparingTo("100000");
    }

    @Test
    void summaryListsTheItemsWithoutDecision() {
        List<ItemFigures> figures = List.of(
                ItemFigures.of(item("1", "กรมก"), guillotine(ReviewState.DECIDED, "repeal", 1), null),
                ItemFigures.of(item("2", "กรมก"), guillotine(ReviewState.IN_COMMITTEE_REVIEW, null, 1), null));

        CampaignSummary summary = CampaignSummary.of(campaign(), figures);

        assertThat(summary.withoutDecision()).singleElement().satisfies(pending -> {
            assertThat(pending.itemId()).isEqualTo("2");
            assertThat(pending.state()).isEqualTo("IN_COMMITTEE_REVIEW");
        });
        assertThat(InventoryTable.summaryRows(summary)).last().satisfies(row -> assertThat(row.get(0))
                .isEqualTo("TOTAL"));
    }

    private static Campaign campaign() {
        return new Campaign("c1", "กิโยตีนทดลอง", "", "guillotine_review", false, "committee", NOW, NOW, 1,
                List.of());
    }

    private static InventoryItem item(String id, String agency) {
        return new InventoryItem(id, "ใบอนุญาต " + id, ItemKind.LICENCE, agency, "act-2550-ทดลอง", "ทดลอง", null,
                null, null, "csv line 2", "review-" + id, null, List.of());
    }

    private static Review guillotine(ReviewState state, String outcome, Integer burden) {
        Map<String, Object> answers = burden == null ? Map.of() : Map.of("annual_burden", new BigDecimal(burden));
        Decision decision = outcome == null ? null : new Decision(outcome, "", "committee", NOW);
        return review("guillotine_review", state, answers, Map.of(), decision);
    }

    private static Review costModel(int current, int proposed) {
        return review("standard_cost_model", ReviewState.DRAFT, Map.of(),
                Map.of("current_burden", new BigDecimal(current), "proposed_burden", new BigDecimal(proposed)), null);
    }

    private static Review review(String templateId, ReviewState state, Map<String, Object> answers,
                                 Map<String, Object> computed, Decision decision) {
        return new Review("r-" + templateId + state, "t", templateId, 1,
                new ReviewSubject(SubjectKind.LAW, "act-2550-ทดลอง", List.of()), state, "committee", List.of(),
                answers, computed, decision, 1, NOW, NOW, "committee", List.of());
    }
}
