package org.kotmai.review.template;

/** Advice shown when a condition holds but that does not block submission, e.g. a consultation under 15 days. */
public record Warning(String id, Condition when, LocalizedText message, int line) {
}
