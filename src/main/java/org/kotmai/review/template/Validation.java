package org.kotmai.review.template;

import java.math.BigDecimal;

/**
 * Limits an answer must respect. Every field is null when the template sets no such limit.
 *
 * @param min       smallest allowed number or money amount, inclusive
 * @param max       largest allowed number or money amount, inclusive
 * @param minLength fewest characters (Unicode code points, so Thai combining marks count) in a text answer
 * @param maxLength most characters in a text answer
 * @param minItems  fewest rows of a table or picks of a multiple choice
 * @param maxItems  most rows of a table or picks of a multiple choice
 */
public record Validation(BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
                         Integer minItems, Integer maxItems) {

    public static final Validation NONE = new Validation(null, null, null, null, null, null);
}
