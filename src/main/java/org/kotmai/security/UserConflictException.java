package org.kotmai.security;

/** A user change that clashes with what exists, e.g. a name already taken; answered as 409. */
public class UserConflictException extends RuntimeException {

    public UserConflictException(String message) {
        super(message);
    }
}
