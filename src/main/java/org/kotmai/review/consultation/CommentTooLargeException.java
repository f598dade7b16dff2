package org.kotmai.review.consultation;

/** A comment request body beyond the size any valid comment needs; answered as 413. */
class CommentTooLargeException extends RuntimeException {

    CommentTooLargeException(long maxBytes) {
        super("The request is larger than " + maxBytes + " bytes; a comment is at most 5000 characters");
    }
}
