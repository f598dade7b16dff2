package org.kotmai.review.attachment;

import org.springframework.util.unit.DataSize;

/** The upload is over the configured limit; answered with 413. */
public class AttachmentTooLargeException extends RuntimeException {

    AttachmentTooLargeException(DataSize limit) {
        super("file: attachments may be at most " + limit.toBytes() + " bytes; split the document or attach a"
                + " smaller scan");
    }
}
