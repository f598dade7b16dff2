package org.kotmai.review.consultation;

/** The review or consultation is not in a state that allows the request; answered as 409 with the reason. */
public class ConsultationConflictException extends RuntimeException {

    ConsultationConflictException(String message) {
        super(message);
    }
}
