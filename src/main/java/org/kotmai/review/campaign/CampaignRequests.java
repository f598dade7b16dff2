package org.kotmai.review.campaign;

import java.util.List;
import java.util.Map;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

/** Request bodies of the campaign API. */
public final class CampaignRequests {

    private CampaignRequests() {
    }

    /**
     * @param templateId the template every item's review answers; {@code guillotine_review} when absent
     */
    public record Create(String title, String description, String templateId) {
    }

    /**
     * Laws of the catalog to add as items, one per law; every filter is optional.
     *
     * @param yearFrom lowest Buddhist Era year, inclusive
     * @param yearTo   highest Buddhist Era year, inclusive
     * @param limit    most laws to add (default and maximum {@value CampaignService#MAX_CATALOG_ITEMS})
     */
    public record CatalogInventory(InstrumentType type, LawStatus status, Integer yearFrom, Integer yearTo,
                                   String subjectGroup, String agency, Integer limit) {
    }

    /**
     * Which reviews to create and who gets them.
     *
     * @param reviewers   reviewers given the items round-robin, in item order
     * @param assignments reviewers for particular items by item id; these items skip the round-robin
     * @param itemIds     the items to create reviews for; all items without a review when absent
     */
    public record ReviewOrder(List<String> reviewers, Map<String, List<String>> assignments, List<String> itemIds) {

        public ReviewOrder {
            reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
            assignments = assignments == null ? Map.of() : Map.copyOf(assignments);
        }
    }

    /** @param costReviewId a Standard Cost Model review, or null to unlink */
    public record CostLink(String costReviewId) {
    }

    public record Publication(boolean published) {
    }
}
