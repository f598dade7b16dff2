package org.kotmai.statute;

/** The text carries no recognisable title block or no provisions, so it is not a legal instrument. */
public class NotALegalInstrumentException extends RuntimeException {

    public NotALegalInstrumentException(String message) {
        super(message);
    }
}
