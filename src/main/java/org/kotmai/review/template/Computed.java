package org.kotmai.review.template;

import org.kotmai.review.formula.Formula;

/**
 * A value the system works out from answers, e.g. annual burden or the date an evaluation falls due.
 *
 * @param line where it is defined in the template file, for problem messages
 */
public record Computed(String id, LocalizedText label, Formula formula, int line) {
}
