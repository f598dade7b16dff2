package org.kotmai.ingest;

/** An import request that cannot start; names the request field at fault. */
public class InvalidImportException extends RuntimeException {

    private final String field;

    public InvalidImportException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
