package org.kotmai.review.workflow;

/** Where a review stands; only {@link #DRAFT} reviews take answers. */
public enum ReviewState {
    /** Being prepared by its officer and assigned reviewers. */
    DRAFT,
    /** Handed in, waiting for the committee to take it up. */
    SUBMITTED,
    /** On the committee's table. */
    IN_COMMITTEE_REVIEW,
    /** The committee has recorded its decision. */
    DECIDED,
    /** Visible to the public. */
    PUBLISHED
}
