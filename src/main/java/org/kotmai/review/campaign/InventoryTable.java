package org.kotmai.review.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inventory with its decisions as a table, the shape both exports write. Cells are text, whole numbers
 * ({@link Long}), amounts ({@link BigDecimal}) or null for nothing.
 */
final class InventoryTable {

    static final List<String> HEADER = List.of("item_id", "name", "kind", "agency", "law_id", "law_title",
            "provision", "annual_applications", "review_id", "state", "assignees", "decision",
            "current_burden_thb", "proposed_burden_thb", "saving_thb", "burden_source", "cost_review_id", "origin",
            "notes");

    private InventoryTable() {
    }

    static List<List<Object>> rows(List<ItemFigures> figures) {
        List<List<Object>> rows = new ArrayList<>();
        for (ItemFigures f : figures) {
            InventoryItem item = f.item();
            rows.add(Arrays.asList(item.id(), item.name(), item.kind() == null ? null : item.kind().name()
                            .toLowerCase(Locale.ROOT), item.agency(), item.lawId(), item.lawTitle(),
                    item.provision(), item.annualApplications(), item.reviewId(), f.state(),
                    String.join(" ", item.assignees()), f.decision(), f.currentBurden(), f.proposedBurden(),
                    f.saving(), f.burdenSource(), item.costReviewId(), item.origin(), item.notes()));
        }
        return rows;
    }

    /** Per-agency figures and a total line, for the summary CSV. */
    static List<List<Object>> summaryRows(CampaignSummary summary) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.AgencyFigures agency : summary.perAgency()) {
            rows.add(summaryRow(agency.agency(), agency.items(), agency.byDecision(), agency.burden()));
        }
        rows.add(summaryRow("TOTAL", summary.items(), summary.byDecision(), summary.burden()));
        return rows;
    }

    static List<String> summaryHeader(CampaignSummary summary) {
        List<String> header = new ArrayList<>(List.of("agency", "items"));
        header.addAll(summary.byDecision().keySet());
        header.addAll(List.of("current_burden_thb", "proposed_burden_thb", "saving_thb", "items_without_burden"));
        return header;
    }

    private static List<Object> summaryRow(String agency, int items, Map<String, Long> byDecision,
                                           Burden burden) {
        List<Object> row = new ArrayList<>(List.of(agency, (long) items));
        row.addAll(byDecision.values());
        row.addAll(List.of(burden.current(), burden.proposed(), burden.saving(), burden.unknown()));
        return row;
    }
}
