package org.kotmai.review.workflow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.springframework.stereotype.Service;

/** Remarks on reviews by signed-in users, on the whole review or on one question. */
@Service
public class ReviewComments {

    private final ReviewService reviews;
    private final ReviewStorage storage;
    private final CommentRepository comments;

    ReviewComments(ReviewService reviews, ReviewStorage storage, CommentRepository comments) {
        this.reviews = reviews;
        this.storage = storage;
        this.comments = comments;
    }

    public Comment add(Actor actor, String reviewId, String field, String text) {
        Review review = reviews.get(actor, reviewId);
        ReviewPolicy.refuseComment(actor).ifPresent(reason -> {
            throw new ReviewForbiddenException(reason);
        });
        if (text == null || text.isBlank()) {
            throw new BadRequestException("text", "is empty; write the comment");
        }
        String question = field == null || field.isBlank() ? null : field.strip();
        if (question != null && storage.template(review).question(question).isEmpty()) {
            throw new BadRequestException("field", "template '" + review.templateId() + "' has no question '"
                    + question + "'; leave it out to comment on the whole review");
        }
        Comment comment = new Comment(UUID.randomUUID().toString(), reviewId, Instant.now(), actor.name(), question,
                text.strip());
        comments.add(comment);
        return comment;
    }

    /** Every comment on the review, oldest first. */
    public List<Comment> of(Actor actor, String reviewId) {
        reviews.get(actor, reviewId);
        return comments.of(reviewId);
    }
}
