package org.kotmai.review.api;

import java.time.Instant;
import java.util.List;

import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.review.workflow.ReviewSubject;

/** A review as listed, without its answers. */
record ReviewSummary(String id, long version, String title, String templateId, ReviewSubject subject,
                     ReviewState state, String owner, List<String> assignees, String decision, Instant updatedAt) {

    static ReviewSummary of(Review r) {
        return new ReviewSummary(r.id(), r.revision(), r.title(), r.templateId(), r.subject(), r.state(), r.owner(),
                r.assignees(), r.decision() == null ? null : r.decision().outcome(), r.updatedAt());
    }
}
