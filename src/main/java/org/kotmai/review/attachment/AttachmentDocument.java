package org.kotmai.review.attachment;

import java.time.Instant;

/** An attachment as stored in Elasticsearch: its metadata and, when read for download, its bytes. */
record AttachmentDocument(String id, String reviewId, String questionId, String name, String mediaType, long size,
                          String sha256, String uploader, Instant at, byte[] content) {

    static AttachmentDocument of(Attachment a, byte[] content) {
        return new AttachmentDocument(a.id(), a.reviewId(), a.questionId(), a.name(), a.mediaType(), a.size(),
                a.sha256(), a.uploader(), a.at(), content);
    }

    Attachment metadata() {
        return new Attachment(id, reviewId, questionId, name, mediaType, size, sha256, uploader, at);
    }
}
