package org.kotmai.review.store;

/** Elasticsearch could not be read or written; the message names the index and what failed. */
public class ReviewStoreException extends RuntimeException {

    ReviewStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    ReviewStoreException(String message) {
        super(message);
    }
}
