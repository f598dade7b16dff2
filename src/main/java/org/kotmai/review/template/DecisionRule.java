package org.kotmai.review.template;

/**
 * One rule of an ordered decision table; the first rule whose condition holds gives the outcome.
 *
 * @param when null for the fall-back rule written as {@code otherwise: true}
 */
public record DecisionRule(String outcome, LocalizedText label, Condition when, int line) {
}
