package org.kotmai.catalog;

/** Elasticsearch refused a catalog write; the message says what it refused. */
public class CatalogWriteException extends RuntimeException {

    public CatalogWriteException(String message) {
        super(message);
    }
}
