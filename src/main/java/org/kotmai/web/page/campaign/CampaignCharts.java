package org.kotmai.web.page.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kotmai.review.campaign.Dashboard;

/** The dashboard's two charts: decisions per agency, and each agency's yearly burden beside its saving. */
final class CampaignCharts {

    static final String BURDEN = "burden";
    static final String SAVING = "saving";

    private CampaignCharts() {
    }

    /**
     * @param outcomeLabels every outcome the dashboard counts, in its order, with the label to show for it
     */
    static BarChart decisionsByAgency(Dashboard dashboard, Map<String, String> outcomeLabels) {
        List<BarChart.Series> series = outcomeLabels.entrySet().stream()
                .map(e -> new BarChart.Series(e.getKey(), e.getValue())).toList();
        List<BarChart.Category> categories = new ArrayList<>();
        for (Dashboard.AgencyFigures agency : dashboard.perAgency()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            agency.byDecision().forEach((outcome, count) -> values.put(outcome, BigDecimal.valueOf(count)));
            categories.add(new BarChart.Category(agency.agency(), values));
        }
        return BarChart.stacked(series, categories);
    }

    static BarChart burdenAndSaving(Dashboard dashboard, String burdenLabel, String savingLabel) {
        List<BarChart.Series> series = List.of(new BarChart.Series(BURDEN, burdenLabel),
                new BarChart.Series(SAVING, savingLabel));
        List<BarChart.Category> categories = dashboard.perAgency().stream()
                .map(agency -> new BarChart.Category(agency.agency(), Map.of(BURDEN, agency.burden().current(),
                        SAVING, agency.burden().saving())))
                .toList();
        return BarChart.grouped(series, categories);
    }
}
