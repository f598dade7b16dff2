package org.kotmai.review.workflow;

import java.time.Instant;

/**
 * A remark on a review, e.g. a committee member's question on one answer.
 *
 * @param field the question id the remark is about, or null for the review as a whole
 */
public record Comment(String id, String reviewId, Instant at, String author, String field, String text) {
}
