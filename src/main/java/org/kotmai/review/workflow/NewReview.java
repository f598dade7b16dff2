package org.kotmai.review.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an officer gives to start a review.
 *
 * @param title     optional; defaults to the template title followed by the subject's title
 * @param assignees reviewers who may fill in the answers; may be empty and changed later
 * @param answers   answers to start with, by question id (e.g. what a campaign's inventory already says about
 *                  the item); recorded in the audit trail like saved answers; may be empty
 */
public record NewReview(String templateId, ReviewSubject subject, String title, List<String> assignees,
                        Map<String, Object> answers) {

    public NewReview {
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public NewReview(String templateId, ReviewSubject subject, String title, List<String> assignees) {
        this(templateId, subject, title, assignees, Map.of());
    }
}
