package org.kotmai.review.calc;

/** What a Regulatory Guillotine review recommends for one regulation or formality. */
public enum GuillotineOutcome {
    KEEP,
    AMEND,
    REPEAL
}
