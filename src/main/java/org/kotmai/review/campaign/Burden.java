package org.kotmai.review.campaign;

import java.math.BigDecimal;

/**
 * Yearly burden totals (THB) of a set of items.
 *
 * @param current  what the items cost business and the public now
 * @param proposed what they will cost once the decisions are carried out
 * @param saving   current minus proposed
 * @param unknown  items left out of the totals because nobody has estimated their burden
 */
public record Burden(BigDecimal current, BigDecimal proposed, BigDecimal saving, long unknown) {

    static final Burden NONE = new Burden(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);

    Burden plus(ItemFigures figures) {
        if (figures.currentBurden() == null) {
            return new Burden(current, proposed, saving, unknown + 1);
        }
        return new Burden(current.add(figures.currentBurden()), proposed.add(figures.proposedBurden()),
                saving.add(figures.saving()), unknown);
    }
}
