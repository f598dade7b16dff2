package org.kotmai.review.attachment;

import java.util.List;
import java.util.Optional;

import org.kotmai.review.workflow.EvidenceCheck;
import org.springframework.stereotype.Component;

/** An evidence answer is the id of one of the review's own attachments, or a list of such ids. */
@Component
class EvidenceAttachments implements EvidenceCheck {

    private final AttachmentStore store;

    EvidenceAttachments(AttachmentStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> refuse(String reviewId, Object answer) {
        List<?> ids = answer instanceof List<?> list ? list : List.of(answer);
        for (Object id : ids) {
            if (!(id instanceof String text) || text.isBlank()) {
                return Optional.of("give the id of an attachment of this review, or a list of them, as returned by"
                        + " POST /api/reviews/" + reviewId + "/attachments; got '" + id + "'");
            }
            boolean ours = store.reviewOf(text).filter(reviewId::equals).isPresent();
            if (!ours) {
                return Optional.of("review " + reviewId + " has no attachment '" + text + "'; upload the file with"
                        + " POST /api/reviews/" + reviewId + "/attachments and answer with the id it returns");
            }
        }
        return Optional.empty();
    }
}
