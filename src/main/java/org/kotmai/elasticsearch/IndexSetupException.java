package org.kotmai.elasticsearch;

/** An index could not be created or migrated; the message names the index and what to do. */
public class IndexSetupException extends RuntimeException {

    public IndexSetupException(String message) {
        super(message);
    }

    public IndexSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
