package org.kotmai.review.workflow;

import java.time.Instant;

/**
 * One change to one field of a review. Events are only ever added, never changed or removed.
 *
 * @param id       {@code <reviewId>:<revision>:<index>}, so writing the same event twice keeps one copy
 * @param revision the review revision this change produced
 * @param index    order of the event within its revision
 * @param actor    user name of whoever made the change
 * @param field    what changed, e.g. {@code answers.problem}, {@code state}, {@code assignees}
 * @param oldValue the value before, as JSON text; null when there was none
 * @param newValue the value after, as JSON text; null when it was cleared
 * @param note     reason given with a transition or decision, otherwise null
 */
public record AuditEvent(String id, String reviewId, long revision, int index, Instant at, String actor,
                         AuditAction action, String field, String oldValue, String newValue, String note) {

    /** The id of the {@code index}-th event of a revision; the same change always gets the same id. */
    public static String idFor(String reviewId, long revision, int index) {
        return reviewId + ":" + revision + ":" + index;
    }
}
