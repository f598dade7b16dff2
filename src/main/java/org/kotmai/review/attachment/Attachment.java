package org.kotmai.review.attachment;

import java.time.Instant;

/**
 * What is known about an attached file, without its bytes.
 *
 * @param id         generated on upload; the only key the file is stored and fetched by
 * @param reviewId   the review the file is evidence for
 * @param questionId the question it answers, or null when attached to the review as a whole
 * @param name       the client's file name, sanitised into a label; never a path
 * @param mediaType  the type detected from the content
 * @param size       length in bytes
 * @param sha256     hex SHA-256 of the bytes, to check a download against
 * @param uploader   user name of whoever attached it
 * @param at         when it was attached
 */
public record Attachment(String id, String reviewId, String questionId, String name, String mediaType, long size,
                         String sha256, String uploader, Instant at) {
}
