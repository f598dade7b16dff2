package org.kotmai.review.api;

import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.security.Actor;
import org.springframework.stereotype.Component;

/** Builds the API view of a review as seen by one caller: what they may edit and which moves they may make. */
@Component
class ReviewViews {

    private final ReviewService reviews;
    private final TemplateCatalog templates;

    ReviewViews(ReviewService reviews, TemplateCatalog templates) {
        this.reviews = reviews;
        this.templates = templates;
    }

    ReviewView of(Actor actor, Review review) {
        return ReviewView.of(review, template(review), reviews.evaluate(review), reviews.canEdit(actor, review),
                reviews.allowedTransitions(actor, review));
    }

    Template template(Review review) {
        return templates.byId(review.templateId()).orElseThrow(() -> new IllegalStateException("review "
                + review.id() + " uses template '" + review.templateId() + "', which is no longer loaded; restore"
                + " its file in kotmai.review.template-dir"));
    }
}
