package org.kotmai.review.workflow;

import java.util.List;

/** The append-only record of every change to every review. */
public interface AuditTrail {

    /** Adds the events; an event whose id is already stored is kept as it was, so appending twice is harmless. */
    void append(List<AuditEvent> events);

    /** Every event of the review, oldest first. */
    List<AuditEvent> of(String reviewId);
}
