package org.kotmai.review.workflow;

/** The signed-in user's roles do not allow this action on this review; answered as 403. */
public class ReviewForbiddenException extends RuntimeException {

    public ReviewForbiddenException(String message) {
        super(message);
    }
}
