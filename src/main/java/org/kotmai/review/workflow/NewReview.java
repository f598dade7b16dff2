package org.kotmai.review.workflow;

import java.util.List;

/**
 * What an officer gives to start a review.
 *
 * @param title     optional; defaults to the template title followed by the subject's title
 * @param assignees reviewers who may fill in the answers; may be empty and changed later
 */
public record NewReview(String templateId, ReviewSubject subject, String title, List<String> assignees) {

    public NewReview {
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
    }
}
