package org.kotmai.review.campaign;

import java.time.Instant;

/** A campaign as listed: what it is and how big, without its items. */
public record CampaignListing(String id, String title, String templateId, boolean published, int items,
                              String createdBy, Instant updatedAt) {

    static CampaignListing of(Campaign campaign) {
        return new CampaignListing(campaign.id(), campaign.title(), campaign.templateId(), campaign.published(),
                campaign.items().size(), campaign.createdBy(), campaign.updatedAt());
    }
}
