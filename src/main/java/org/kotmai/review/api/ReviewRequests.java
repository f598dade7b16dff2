package org.kotmai.review.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kotmai.review.workflow.ReviewSubject;
import org.kotmai.review.workflow.Transition;

/** Bodies of the review calls. Every change names the version it edits, as read from the review. */
final class ReviewRequests {

    private ReviewRequests() {
    }

    record Create(String templateId, ReviewSubject subject, String title, List<String> assignees) {
    }

    /** @param answers answers by question id; a null value clears that answer, absent questions stay as they are */
    record SaveAnswers(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
                       Map<String, Object> answers) {
    }

    /**
     * @param note    the reason; required when returning for revision
     * @param outcome for DECIDE only: the committee's outcome when it differs from the template's decision
     */
    record Move(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version, Transition transition,
                String note, String outcome) {
    }

    record Assign(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version, List<String> assignees) {
    }

    /** @param field the question the comment is about; leave out for the whole review */
    record AddComment(String field, String text) {
    }
}
