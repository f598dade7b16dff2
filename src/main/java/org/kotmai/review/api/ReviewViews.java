package org.kotmai.review.api;

import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewTransitions;
import org.kotmai.security.Actor;
import org.springframework.stereotype.Component;

/** Builds the API view of a review as seen by one caller: what they may edit and which moves they may make. */
@Component
class ReviewViews {

    private final ReviewService reviews;
    private final ReviewTransitions transitions;

    ReviewViews(ReviewService reviews, ReviewTransitions transitions) {
        this.reviews = reviews;
        this.transitions = transitions;
    }

    ReviewView of(Actor actor, Review review) {
        return ReviewView.of(review, reviews.templateOf(review), reviews.evaluate(review),
                reviews.canEdit(actor, review), transitions.allowed(actor, review));
    }
}
