package org.kotmai.review.workflow;

/**
 * The review is not where the request expected it: another change was accepted since the version the client
 * sent, or the review is in a state where this action does not apply. Answered as 409 with the current review, so
 * the client can merge and retry without a lost update.
 */
public class ReviewConflictException extends RuntimeException {

    private final transient Review current;

    public ReviewConflictException(String message, Review current) {
        super(message);
        this.current = current;
    }

    public Review current() {
        return current;
    }
}
