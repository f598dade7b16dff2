package org.kotmai.review.workflow;

import java.util.ArrayList;
import java.util.List;

import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads reviews and writes their changes with the audit trail. A change is written only if the review is still
 * exactly as it was read; the audit events of the previous change are sent again with each new change, so an
 * event lost when the service stopped between the two writes is recorded with the next change.
 */
@Component
class ReviewStorage {

    private final ReviewRepository reviews;
    private final AuditTrail audit;
    private final TemplateCatalog templates;

    ReviewStorage(ReviewRepository reviews, AuditTrail audit, TemplateCatalog templates) {
        this.reviews = reviews;
        this.audit = audit;
        this.templates = templates;
    }

    /** @throws NotFoundException when there is no such review */
    StoredReview load(String id) {
        return reviews.find(id).orElseThrow(() -> missing(id));
    }

    /** @throws ReviewConflictException with the current review when someone else wrote it since it was read */
    Review write(StoredReview stored, Review next) {
        if (reviews.replace(next, stored.storeVersion()).isEmpty()) {
            Review current = load(next.id()).review();
            throw new ReviewConflictException("review " + next.id() + " was changed by someone else (now revision "
                    + current.revision() + "); apply your change to the current review and send revision "
                    + current.revision(), current);
        }
        List<AuditEvent> events = new ArrayList<>(stored.review().lastChanges());
        events.addAll(next.lastChanges());
        audit.append(events);
        return next;
    }

    Template template(Review review) {
        return templates.byId(review.templateId()).orElseThrow(() -> new IllegalStateException("review "
                + review.id() + " uses template '" + review.templateId() + "', which is no longer loaded; restore"
                + " its file in kotmai.review.template-dir"));
    }

    /** @throws ReviewConflictException when the client edited another revision than the stored one */
    static void requireRevision(Review review, long revision) {
        if (review.revision() != revision) {
            throw new ReviewConflictException("review " + review.id() + " is at revision " + review.revision()
                    + ", not " + revision + "; apply your change to the current review and send revision "
                    + review.revision(), review);
        }
    }

    static NotFoundException missing(String id) {
        return new NotFoundException("No review '" + id + "'. List reviews with GET /api/reviews.");
    }
}
