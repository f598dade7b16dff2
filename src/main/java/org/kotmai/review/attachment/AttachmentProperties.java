package org.kotmai.review.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the evidence files attached to reviews.
 *
 * @param maxBytes the largest file accepted; a larger upload is refused with 413 before more than this much of
 *                 it is held in memory. Every file is stored inside Elasticsearch, so keep it well below the
 *                 cluster's {@code http.max_content_length} (100 MB by default).
 */
@ConfigurationProperties("kotmai.review.attachments")
public record AttachmentProperties(@DefaultValue("20MB") DataSize maxBytes) {
}
