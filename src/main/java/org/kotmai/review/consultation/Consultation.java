package org.kotmai.review.consultation;

import java.time.Instant;

/**
 * A public consultation on a published review of a draft: the period in which anyone may comment.
 *
 * @param reviewId the review consulted on; one consultation per review, opening again replaces the period
 * @param title    the review's title, kept here so the list of open consultations needs no second lookup
 * @param lawId    the draft under review
 * @param start    comments are taken from this instant
 * @param end      until this instant; closing early moves it to the moment of closing
 */
public record Consultation(String reviewId, String title, String lawId, Instant start, Instant end,
                           String openedBy, Instant openedAt, String closedBy, Instant closedAt) {

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(start) && now.isBefore(end);
    }

    Consultation closed(String by, Instant at) {
        return new Consultation(reviewId, title, lawId, start, at.isBefore(end) ? at : end, openedBy, openedAt, by,
                at);
    }
}
