package org.kotmai.review.workflow;

import java.util.Optional;

/**
 * Whether an answer to an {@code evidence} question names attachments that really belong to the review; kept
 * behind an interface so the workflow does not depend on how attachments are stored.
 */
public interface EvidenceCheck {

    /** Why the answer cannot stand for this review, worded for the person answering; empty when it can. */
    Optional<String> refuse(String reviewId, Object answer);
}
