package org.kotmai.review.attachment;

/** The content is of an allowed type but the committee could not open it; answered with 422. */
public class UnreadableAttachmentException extends RuntimeException {

    UnreadableAttachmentException(String message) {
        super(message);
    }
}
