package org.kotmai.review.campaign;

import java.util.List;

/**
 * What a bulk creation of reviews did.
 *
 * @param created   reviews created now, one per item
 * @param skipped   items left alone because they already had a review
 * @param millis    time the creation took, reviews and campaign write included
 */
public record BulkCreation(String campaignId, List<Created> created, int skipped, long millis) {

    /** One new review and who was assigned to it. */
    public record Created(String itemId, String reviewId, List<String> assignees) {
    }
}
