package org.kotmai.web;

/** A requested resource does not exist; answered as 404 with the message as detail. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
