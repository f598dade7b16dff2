package org.kotmai.review.consultation;

/** Elasticsearch could not be reached; answered as 503 so the caller knows to try again. */
class ConsultationStoreException extends RuntimeException {

    ConsultationStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
