package org.kotmai.review.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kotmai.review.workflow.ReviewState;

/** Adds up item figures into a campaign's dashboard. */
final class DashboardCalculator {

    static final String UNDECIDED = "undecided";
    private static final List<String> USUAL_OUTCOMES = List.of(ItemFigures.KEEP, "amend", ItemFigures.REPEAL);

    private DashboardCalculator() {
    }

    static Dashboard of(Campaign campaign, List<ItemFigures> figures) {
        Map<String, Long> byState = new LinkedHashMap<>();
        byState.put(ItemFigures.NO_REVIEW, 0L);
        for (ReviewState state : ReviewState.values()) {
            byState.put(state.name(), 0L);
        }
        figures.forEach(f -> byState.merge(f.state(), 1L, Long::sum));
        Map<String, List<ItemFigures>> agencies = new TreeMap<>();
        figures.forEach(f -> agencies.computeIfAbsent(f.item().agency(), a -> new ArrayList<>()).add(f));
        List<Dashboard.AgencyFigures> perAgency = agencies.entrySet().stream()
                .map(e -> new Dashboard.AgencyFigures(e.getKey(), e.getValue().size(), byDecision(e.getValue()),
                        burden(e.getValue())))
                .toList();
        return new Dashboard(campaign.id(), campaign.title(), figures.size(), byState, byDecision(figures),
                burden(figures), perAgency);
    }

    static Map<String, Long> byDecision(List<ItemFigures> figures) {
        Map<String, Long> counts = new LinkedHashMap<>();
        USUAL_OUTCOMES.forEach(outcome -> counts.put(outcome, 0L));
        figures.stream().filter(f -> f.decision() != null).forEach(f -> counts.merge(f.decision(), 1L, Long::sum));
        counts.put(UNDECIDED, figures.stream().filter(f -> f.decision() == null).count());
        return counts;
    }

    static Burden burden(List<ItemFigures> figures) {
        Burden total = Burden.NONE;
        for (ItemFigures f : figures) {
            total = total.plus(f);
        }
        return total;
    }
}
