package org.kotmai.review.template;

/** One option of a single or multiple choice question; {@code value} is what gets stored as the answer. */
public record Choice(String value, LocalizedText label) {
}
