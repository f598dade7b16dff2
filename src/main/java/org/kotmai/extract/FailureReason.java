package org.kotmai.extract;

/**
 * Machine-readable cause of a failed extraction. Each reason carries the advice shown to the
 * person who uploaded the file, so every message ends with something they can act on.
 */
public enum FailureReason {
    EMPTY("upload the complete file again"),
    TOO_LARGE("split the document or raise kotmai.ingest.limits.max-file-size"),
    UNSUPPORTED_TYPE("upload the law as PDF, DOCX, DOC, ODT, RTF, HTML or plain text"),
    ENCRYPTED("remove the password or upload an unprotected copy"),
    ZIP_BOMB("re-save the document from a word processor; its compressed parts expand far beyond "
            + "what a real document needs"),
    CORRUPT("open the file in its original program, save a fresh copy and upload that"),
    NO_TEXT("if it is a scanned image, run OCR first or upload a text-based version"),
    TEXT_TOO_LONG("split the document or raise kotmai.ingest.limits.max-extracted-chars"),
    TIMEOUT("simplify or re-save the document, or raise kotmai.ingest.limits.parse-timeout"),
    UNREADABLE("check that the file exists and the service may read it");

    private final String advice;

    FailureReason(String advice) {
        this.advice = advice;
    }

    /** What the uploader should do about this failure. */
    public String advice() {
        return advice;
    }
}
