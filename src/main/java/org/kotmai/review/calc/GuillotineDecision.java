package org.kotmai.review.calc;

/**
 * @param reason        which of the three tests led to the outcome, in plain words
 * @param justification the reviewer's own reasons, copied from the assessment
 */
public record GuillotineDecision(GuillotineOutcome outcome, String reason, String justification) {
}
