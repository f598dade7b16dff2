package org.kotmai.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.review.workflow.AuditAction;
import org.kotmai.review.workflow.AuditEvent;
import org.kotmai.review.workflow.AuditTrail;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewFilter;
import org.kotmai.review.workflow.ReviewRepository;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.review.workflow.ReviewSubject;
import org.kotmai.review.workflow.StoreVersion;
import org.kotmai.review.workflow.StoredReview;
import org.kotmai.review.workflow.SubjectKind;
import org.kotmai.security.Actor;
import org.kotmai.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The review indices on the real node: conditional writes, read-after-write, append-only audit. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-review-store")
class ReviewStoreIntegrationTest {

    @Autowired
    ReviewRepository reviews;

    @Autowired
    AuditTrail audit;

    @Autowired
    ReviewService service;

    private static Review review(String id, long revision, String answer, List<AuditEvent> lastChanges) {
        return new Review(id, "ทดสอบ", "oecd_checklist", 1, new ReviewSubject(SubjectKind.LAW, "act-1", List.of()),
                ReviewState.DRAFT, "officer", List.of("reviewer"), Map.of("draft_title", answer), Map.of(), null,
                revision, Instant.parse("2026-01-01T00:00:00Z"), Instant.now(), "officer", lastChanges);
    }

    private static AuditEvent event(String reviewId, long revision, String newValue) {
        return new AuditEvent(reviewId + ":" + revision + ":0", reviewId, revision, 0, Instant.now(), "officer",
                AuditAction.ANSWER_CHANGED, "answers.draft_title", null, newValue, null);
    }

    @Test
    void writeBasedOnAStaleReadIsRefusedByTheStore() {
        String id = UUID.randomUUID().toString();
        StoreVersion created = reviews.create(review(id, 1, "ก", List.of()));

        assertThat(reviews.replace(review(id, 2, "ข", List.of()), created)).isPresent();
        assertThat(reviews.replace(review(id, 2, "ค", List.of()), created)).as("second writer read version 1")
                .isEmpty();

        StoredReview stored = reviews.find(id).orElseThrow();
        assertThat(stored.review().answers()).containsEntry("draft_title", "ข");
        assertThat(stored.review().revision()).isEqualTo(2);
    }

    @Test
    void acknowledgedWriteIsFoundByTheNextSearch() {
        String id = UUID.randomUUID().toString();
        StoreVersion created = reviews.create(review(id, 1, "ก", List.of()));
        reviews.replace(review(id, 2, "ข", List.of()), created).orElseThrow();

        List<Review> listed = reviews.list(new ReviewFilter(ReviewState.DRAFT, "oecd_checklist", "act-1"), 500);

        assertThat(listed).filteredOn(r -> r.id().equals(id)).singleElement()
                .satisfies(r -> assertThat(r.revision()).isEqualTo(2));
    }

    @Test
    void auditEventsAreNeverOverwritten() {
        String id = UUID.randomUUID().toString();
        audit.append(List.of(event(id, 2, "\"first\"")));
        audit.append(List.of(event(id, 2, "\"second\""), event(id, 3, "\"third\"")));

        assertThat(audit.of(id)).extracting(AuditEvent::newValue).containsExactly("\"first\"", "\"third\"");
    }

    @Test
    void auditEventsLostAfterTheReviewWriteAreWrittenWithTheNextChange() {
        String id = UUID.randomUUID().toString();
        // as if the service stopped after saving revision 2 but before recording its audit event
        AuditEvent unrecorded = event(id, 2, "\"ก\"");
        reviews.create(review(id, 2, "ก", List.of(unrecorded)));
        assertThat(audit.of(id)).isEmpty();

        service.saveAnswers(new Actor("officer", Set.of(Role.OFFICER)), id, 2, Map.of("draft_title", "ข"));

        assertThat(audit.of(id)).extracting(AuditEvent::revision).containsExactly(2L, 3L);
    }
}
