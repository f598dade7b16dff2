package org.kotmai.review.workflow;

/** A review as read from the store, with the store version a conditional write must match. */
public record StoredReview(Review review, StoreVersion storeVersion) {
}
