package org.kotmai.review.campaign;

import java.util.List;
import java.util.Map;

/**
 * A campaign's results: totals, decisions, yearly burden and savings, per agency, and the items still waiting
 * for a decision.
 *
 * @param reviews         items that have a review
 * @param withoutDecision items the committee has not decided yet, in inventory order
 */
public record CampaignSummary(String campaignId, String title, String description, String templateId,
                              boolean published, int items, int reviews, Map<String, Long> byDecision,
                              Burden burden, List<Dashboard.AgencyFigures> perAgency, List<Pending> withoutDecision) {

    /** An item without a decision and where its review stands. */
    public record Pending(String itemId, String name, String agency, String state, String reviewId) {
    }

    static CampaignSummary of(Campaign campaign, List<ItemFigures> figures) {
        Dashboard dashboard = DashboardCalculator.of(campaign, figures);
        List<Pending> pending = figures.stream().filter(f -> f.decision() == null)
                .map(f -> new Pending(f.item().id(), f.item().name(), f.item().agency(), f.state(),
                        f.item().reviewId()))
                .toList();
        int reviewed = (int) figures.stream().filter(f -> f.item().reviewId() != null).count();
        return new CampaignSummary(campaign.id(), campaign.title(), campaign.description(), campaign.templateId(),
                campaign.published(), figures.size(), reviewed, dashboard.byDecision(), dashboard.burden(),
                dashboard.perAgency(), pending);
    }
}
