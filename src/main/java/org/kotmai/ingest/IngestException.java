package org.kotmai.ingest;

/** A file could not be catalogued. The message names the file, the reason and what to do. */
public class IngestException extends Exception {

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }

    public IngestException(String message) {
        super(message);
    }
}
