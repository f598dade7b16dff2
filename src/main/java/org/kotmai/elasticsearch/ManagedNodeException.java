package org.kotmai.elasticsearch;

/**
 * The managed Elasticsearch node could not be provisioned, started or stopped. The message always says what went
 * wrong and what the operator can do about it, because this is what a developer sees when the application fails
 * to boot.
 */
public class ManagedNodeException extends RuntimeException {

    public ManagedNodeException(String message) {
        super(message);
    }

    public ManagedNodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
