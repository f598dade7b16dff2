package org.kotmai.review.calc;

import java.math.BigDecimal;

/**
 * Current rules against a proposal, in baht.
 *
 * @param annualSaving                total annual cost now minus total annual cost under the proposal
 * @param annualLabourSaving          the labour part of that saving
 * @param presentValueOfSaving        annual saving discounted over the appraisal period, rounded to satang
 * @param presentValueOfLabourSaving  labour saving discounted the same way, rounded to satang
 */
public record CostComparison(CostSummary current, CostSummary proposed, BigDecimal annualSaving,
                             BigDecimal annualLabourSaving, BigDecimal presentValueOfSaving,
                             BigDecimal presentValueOfLabourSaving) {
}
