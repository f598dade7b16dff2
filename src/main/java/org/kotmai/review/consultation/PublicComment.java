package org.kotmai.review.consultation;

import java.time.Instant;

/**
 * A comment from the public on a consultation, held until the committee approves or rejects it. The client's
 * address is not stored: it serves only to limit how fast one client may comment.
 *
 * @param name        the name the commenter gave, or null
 * @param text        the comment as typed, with any markup tags removed
 * @param moderatedBy the committee member or admin who approved or rejected it; null while held
 * @param reason      why it was rejected, if the moderator said
 */
public record PublicComment(String id, String reviewId, Instant at, String name, String text, Status status,
                            String moderatedBy, Instant moderatedAt, String reason) {

    /** Where a comment stands in moderation. */
    public enum Status {
        /** Waiting for moderation; not shown to the public. */
        HELD,
        /** Shown to the public. */
        APPROVED,
        /** Kept for the record, never shown to the public. */
        REJECTED
    }

    /** What the public sees of an approved comment: not who moderated it. */
    PublicComment forPublic() {
        return new PublicComment(id, reviewId, at, name, text, status, null, null, null);
    }

    PublicComment moderated(Status decision, String by, Instant when, String why) {
        return new PublicComment(id, reviewId, at, name, text, decision, by, when, why);
    }
}
