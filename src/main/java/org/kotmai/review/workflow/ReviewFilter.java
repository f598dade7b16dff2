package org.kotmai.review.workflow;

/** Filters for listing reviews; a null field matches everything. */
public record ReviewFilter(ReviewState state, String templateId, String lawId) {
}
