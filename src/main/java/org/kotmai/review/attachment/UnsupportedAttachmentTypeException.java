package org.kotmai.review.attachment;

import java.util.List;

/** The content is of a type reviews may not keep; answered with 415. */
public class UnsupportedAttachmentTypeException extends RuntimeException {

    private final String detected;

    UnsupportedAttachmentTypeException(String detected, List<String> allowed) {
        super("file: the content is " + detected + ", which cannot be attached; attach one of " + allowed
                + " (PDF, Word DOCX, Excel XLSX, OpenDocument text, PNG, JPEG, plain text or CSV)."
                + " The type is read from the content, not from the file name.");
        this.detected = detected;
    }

    String detected() {
        return detected;
    }
}
