package org.kotmai.extract;

/**
 * A document could not be turned into text. The message names the file, says what is wrong and
 * what to do; {@link #reason()} lets callers react without parsing the message. Unchecked so that
 * batch ingest can decide per call site whether to skip the file or abort.
 */
public class ExtractionException extends RuntimeException {

    private final String fileName;
    private final FailureReason reason;

    public ExtractionException(String fileName, FailureReason reason, String problem) {
        this(fileName, reason, problem, null);
    }

    public ExtractionException(String fileName, FailureReason reason, String problem, Throwable cause) {
        super(fileName + ": " + problem + "; " + reason.advice(), cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public FailureReason reason() {
        return reason;
    }
}
