package org.kotmai.review.workflow;

import java.util.Set;

/**
 * A move from one state to the next. Who may make it is decided by {@link ReviewPolicy}; this only says where
 * from and where to.
 */
public enum Transition {
    SUBMIT(Set.of(ReviewState.DRAFT), ReviewState.SUBMITTED),
    START_COMMITTEE_REVIEW(Set.of(ReviewState.SUBMITTED), ReviewState.IN_COMMITTEE_REVIEW),
    RETURN_FOR_REVISION(Set.of(ReviewState.SUBMITTED, ReviewState.IN_COMMITTEE_REVIEW), ReviewState.DRAFT),
    DECIDE(Set.of(ReviewState.IN_COMMITTEE_REVIEW), ReviewState.DECIDED),
    PUBLISH(Set.of(ReviewState.DECIDED), ReviewState.PUBLISHED);

    private final Set<ReviewState> from;
    private final ReviewState to;

    Transition(Set<ReviewState> from, ReviewState to) {
        this.from = from;
        this.to = to;
    }

    public boolean startsFrom(ReviewState state) {
        return from.contains(state);
    }

    public Set<ReviewState> from() {
        return from;
    }

    public ReviewState to() {
        return to;
    }
}
