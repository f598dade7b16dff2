package org.kotmai.review.campaign;

import java.math.BigDecimal;

import org.kotmai.review.workflow.Review;

/**
 * Where one inventory item stands and what it costs, as the dashboard, summary and exports show it.
 *
 * @param state          the review's state, or {@code NO_REVIEW} before the campaign's reviews are created
 * @param decision       the committee's outcome (keep, amend, repeal…), or null while undecided
 * @param currentBurden  yearly burden under the current rule (THB), or null when nobody has estimated it
 * @param proposedBurden yearly burden once the decision is carried out (THB); equal to the current burden while
 *                       undecided, for a kept rule and for an amendment without a cost model; zero for a repeal
 * @param burdenSource   {@code cost_model} when a linked Standard Cost Model review gave the figures,
 *                       {@code review} when the item's own review did, null when neither did
 */
public record ItemFigures(InventoryItem item, String state, String decision, BigDecimal currentBurden,
                          BigDecimal proposedBurden, String burdenSource) {

    static final String NO_REVIEW = "NO_REVIEW";
    static final String REPEAL = "repeal";
    static final String KEEP = "keep";

    /** Guillotine review answer holding the yearly burden. */
    static final String ANNUAL_BURDEN = "annual_burden";
    /** Standard Cost Model computed values. */
    static final String CURRENT_BURDEN = "current_burden";
    static final String PROPOSED_BURDEN = "proposed_burden";

    /** Yearly saving (THB), or null when the burden is unknown. */
    public BigDecimal saving() {
        return currentBurden == null ? null : currentBurden.subtract(proposedBurden);
    }

    /**
     * @param review     the item's review, or null
     * @param costReview its linked Standard Cost Model review, or null
     */
    static ItemFigures of(InventoryItem item, Review review, Review costReview) {
        String state = review == null ? NO_REVIEW : review.state().name();
        String decision = review == null || review.decision() == null ? null : review.decision().outcome();
        BigDecimal costCurrent = costReview == null ? null : number(costReview.computed().get(CURRENT_BURDEN));
        BigDecimal costProposed = costReview == null ? null : number(costReview.computed().get(PROPOSED_BURDEN));
        BigDecimal reviewed = review == null ? null : number(review.answers().get(ANNUAL_BURDEN));
        BigDecimal current = costCurrent != null ? costCurrent : reviewed;
        String source = costCurrent != null ? "cost_model" : reviewed != null ? "review" : null;
        BigDecimal proposed;
        if (current == null) {
            proposed = null;
        } else if (REPEAL.equals(decision)) {
            proposed = BigDecimal.ZERO;
        } else if (decision != null && !KEEP.equals(decision) && costCurrent != null && costProposed != null) {
            proposed = costProposed;
        } else {
            proposed = current;
        }
        return new ItemFigures(item, state, decision, current, proposed, source);
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }
}
