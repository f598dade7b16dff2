package org.kotmai.review.consultation;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of the consultation API. */
final class ConsultationRequests {

    private ConsultationRequests() {
    }

    record Open(@Schema(description = "comments are taken from, e.g. 2026-12-01T00:00:00+07:00") Instant start,
                @Schema(description = "until, e.g. 2026-12-16T00:00:00+07:00") Instant end) {
    }

    record AddComment(@Schema(description = "optional, at most 100 characters") String name,
                      @Schema(description = "1 to 5000 characters; markup tags are removed") String text) {
    }

    record Moderate(@Schema(description = "APPROVED or REJECTED") PublicComment.Status decision,
                    @Schema(description = "optional reason, kept with the comment") String reason) {
    }
}
