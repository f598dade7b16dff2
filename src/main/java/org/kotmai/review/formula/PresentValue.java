package org.kotmai.review.formula;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Present value of a constant annual amount received at the end of each year. Both the formula function
 * {@code pv} and the Standard Cost Model use this, so a template and the Java calculator cannot drift apart.
 */
public final class PresentValue {

    /** Enough digits that rounding to whole baht at the end is never affected by intermediate rounding. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** Appraisal periods are decades at most; the cap stops a typo such as 1e9 years from looping for minutes. */
    public static final int MAX_YEARS = 200;

    private PresentValue() {
    }

    /** Sum over t = 1..years of (1 + rate)^-t; rate is a fraction (0.035 for 3.5 %). */
    public static BigDecimal annuityFactor(BigDecimal rate, int years) {
        if (years < 0 || years > MAX_YEARS) {
            throw new FormulaException("pv: years must be between 0 and " + MAX_YEARS + ", got " + years);
        }
        BigDecimal growth = BigDecimal.ONE.add(rate);
        if (growth.signum() <= 0) {
            throw new FormulaException("pv: discount rate must be above -100 %, got " + rate.toPlainString());
        }
        BigDecimal discount = BigDecimal.ONE.divide(growth, PRECISION);
        BigDecimal factor = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE;
        for (int t = 1; t <= years; t++) {
            term = term.multiply(discount, PRECISION);
            factor = factor.add(term, PRECISION);
        }
        return factor;
    }

    public static BigDecimal of(BigDecimal rate, int years, BigDecimal annualAmount) {
        return annualAmount.multiply(annuityFactor(rate, years), PRECISION);
    }
}
