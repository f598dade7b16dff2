package org.kotmai.review.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.review.workflow.SubjectKind;
import org.kotmai.security.Actor;
import org.kotmai.security.Role;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Public consultation on published reviews of drafts. The committee opens a period and may close it early; while
 * it is open anyone may comment, within the rate limit; comments are held until the committee or an admin
 * approves or rejects them, and the public only ever sees approved ones.
 */
@Service
public class ConsultationService {

    private static final Duration LONGEST = Duration.ofDays(366);

    private final ReviewService reviews;
    private final ConsultationStore store;
    private final CommentRateLimiter limiter;
    private final ConsultationProperties properties;
    private final Clock clock;

    @Autowired
    ConsultationService(ReviewService reviews, ConsultationStore store, CommentRateLimiter limiter,
                        ConsultationProperties properties) {
        this(reviews, store, limiter, properties, Clock.systemUTC());
    }

    ConsultationService(ReviewService reviews, ConsultationStore store, CommentRateLimiter limiter,
                        ConsultationProperties properties, Clock clock) {
        this.reviews = reviews;
        this.store = store;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    public ConsultationView open(Actor actor, String reviewId, Instant start, Instant end) {
        requireModerator(actor, "open a consultation");
        Review review = reviews.get(actor, reviewId);
        if (review.subject().kind() != SubjectKind.DRAFT) {
            throw new ConsultationConflictException("review " + reviewId + " is about a " + review.subject().kind()
                    + ", not a draft; public consultation is for reviews of drafts");
        }
        if (review.state() != ReviewState.PUBLISHED) {
            throw new ConsultationConflictException("review " + reviewId + " is " + review.state()
                    + "; publish it first so the public can read what it comments on");
        }
        Instant now = clock.instant();
        if (start == null) {
            throw new BadRequestException("start", "is missing; give an ISO instant, e.g. 2026-12-01T00:00:00+07:00");
        }
        if (end == null) {
            throw new BadRequestException("end", "is missing; give an ISO instant, e.g. 2026-12-16T00:00:00+07:00");
        }
        if (!end.isAfter(start)) {
            throw new BadRequestException("end", "is not after start; the period must have a length");
        }
        if (!end.isAfter(now)) {
            throw new BadRequestException("end", "is in the past; choose an end after now (" + now + ")");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new BadRequestException("end", "makes the period longer than a year; shorten it");
        }
        Consultation consultation = new Consultation(review.id(), review.title(), review.subject().lawId(), start,
                end, actor.name(), now, null, null);
        store.save(consultation);
        return view(consultation, now);
    }

    public ConsultationView close(Actor actor, String reviewId) {
        requireModerator(actor, "close a consultation");
        Instant now = clock.instant();
        Consultation consultation = existing(reviewId);
        if (!now.isBefore(consultation.end())) {
            throw new ConsultationConflictException("the consultation on review " + reviewId + " already ended at "
                    + consultation.end());
        }
        Consultation closed = consultation.closed(actor.name(), now);
        store.save(closed);
        return view(closed, now);
    }

    public ConsultationView get(String reviewId) {
        return view(existing(reviewId), clock.instant());
    }

    public List<ConsultationView> openNow() {
        Instant now = clock.instant();
        return store.openAt(now).stream().map(c -> view(c, now)).toList();
    }

    /**
     * Takes a comment from anyone while the consultation is open.
     *
     * @param client the client's address, for the rate limit only
     * @return the stored comment, held for moderation
     */
    public PublicComment comment(String reviewId, String name, String text, String client) {
        limiter.acquire(client).ifPresent(wait -> {
            throw new CommentRateLimitedException(wait);
        });
        Consultation consultation = existing(reviewId);
        Instant now = clock.instant();
        if (!consultation.isOpenAt(now)) {
            throw new ConsultationConflictException(now.isBefore(consultation.start())
                    ? "the consultation opens at " + consultation.start() + "; comment from then on"
                    : "the consultation closed at " + consultation.end() + "; comments are no longer taken");
        }
        PublicComment comment = new PublicComment(UUID.randomUUID().toString(), reviewId, now,
                CommentText.name(name, properties.maxNameChars()),
                CommentText.text(text, properties.maxCommentChars()), PublicComment.Status.HELD, null, null, null);
        store.add(comment);
        return comment;
    }

    /** Approved comments for the public; every comment with its moderation for the committee and admins. */
    public List<PublicComment> comments(Actor actor, String reviewId) {
        existing(reviewId);
        if (isModerator(actor)) {
            return store.comments(reviewId, null);
        }
        return store.comments(reviewId, PublicComment.Status.APPROVED).stream().map(PublicComment::forPublic)
                .toList();
    }

    public PublicComment moderate(Actor actor, String reviewId, String commentId, PublicComment.Status decision,
                                  String reason) {
        requireModerator(actor, "moderate comments");
        if (decision == null || decision == PublicComment.Status.HELD) {
            throw new BadRequestException("decision", "give APPROVED or REJECTED");
        }
        PublicComment comment = store.comment(commentId).filter(c -> c.reviewId().equals(reviewId))
                .orElseThrow(() -> new NotFoundException("No public comment '" + commentId + "' on review "
                        + reviewId + "; list them with GET /api/reviews/" + reviewId + "/consultation/comments"));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        PublicComment moderated = comment.moderated(decision, actor.name(), clock.instant(), why);
        store.update(moderated);
        return moderated;
    }

    private Consultation existing(String reviewId) {
        return store.find(reviewId).orElseThrow(() -> new NotFoundException("Review " + reviewId
                + " has no public consultation; see GET /api/consultations for the open ones"));
    }

    private ConsultationView view(Consultation consultation, Instant now) {
        List<String> warnings = new ArrayList<>();
        Duration length = Duration.between(consultation.start(), consultation.end());
        if (consultation.closedAt() == null && length.compareTo(Duration.ofDays(properties.recommendedMinDays())) < 0) {
            warnings.add("the period is " + length.toDays() + " days; at least " + properties.recommendedMinDays()
                    + " days are recommended for public consultation on a draft");
        }
        return new ConsultationView(consultation, consultation.isOpenAt(now), warnings);
    }

    private static void requireModerator(Actor actor, String what) {
        if (!isModerator(actor)) {
            throw new AccessDeniedException("only the committee or an admin may " + what);
        }
    }

    private static boolean isModerator(Actor actor) {
        return actor.has(Role.COMMITTEE) || actor.has(Role.ADMIN);
    }
}
