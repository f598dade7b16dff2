package org.kotmai.review.campaign;

import java.util.List;

/**
 * One licence, procedure or law of a campaign's inventory, and the review deciding its fate.
 *
 * @param id                 short id, unique within the campaign
 * @param name               the licence, procedure or law as officials know it
 * @param lawId              catalog id of the law it rests on
 * @param provision          canonical number of the provision it rests on, or null
 * @param annualApplications applications, filings or other actions a year, or null when unknown
 * @param origin             {@code catalog}, or {@code csv line N} for an imported row
 * @param reviewId           the review of the campaign's template about this item, once created
 * @param costReviewId       a Standard Cost Model review whose burden figures count for this item, or null
 * @param assignees          reviewers assigned when the review was created
 */
public record InventoryItem(String id, String name, ItemKind kind, String agency, String lawId, String lawTitle,
                            String provision, Long annualApplications, String notes, String origin,
                            String reviewId, String costReviewId, List<String> assignees) {

    public InventoryItem {
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
    }

    InventoryItem withReview(String newReviewId, List<String> newAssignees) {
        return new InventoryItem(id, name, kind, agency, lawId, lawTitle, provision, annualApplications, notes,
                origin, newReviewId, costReviewId, newAssignees);
    }

    InventoryItem withCostReview(String newCostReviewId) {
        return new InventoryItem(id, name, kind, agency, lawId, lawTitle, provision, annualApplications, notes,
                origin, reviewId, newCostReviewId, assignees);
    }
}
