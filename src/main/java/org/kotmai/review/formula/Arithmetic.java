package org.kotmai.review.formula;

import java.math.BigDecimal;

/** The four operations and whole-number powers on BigDecimal, with errors that quote the formula. */
final class Arithmetic {

    /** Larger exponents only appear by mistake and would make BigDecimal.pow allocate huge numbers. */
    private static final int MAX_EXPONENT = 1000;

    private Arithmetic() {
    }

    static BigDecimal apply(char operator, BigDecimal a, BigDecimal b, String source) {
        return switch (operator) {
            case '+' -> a.add(b, PresentValue.PRECISION);
            case '-' -> a.subtract(b, PresentValue.PRECISION);
            case '*' -> a.multiply(b, PresentValue.PRECISION);
            case '/' -> divide(a, b, source);
            case '^' -> power(a, b, source);
            default -> throw new IllegalStateException("parser produced unknown operator " + operator);
        };
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b, String source) {
        if (b.signum() == 0) {
            throw new FormulaException("division by zero in '" + source + "'");
        }
        return a.divide(b, PresentValue.PRECISION);
    }

    private static BigDecimal power(BigDecimal base, BigDecimal exponent, String source) {
        int n;
        try {
            n = exponent.intValueExact();
        } catch (ArithmeticException e) {
            throw new FormulaException("'^' needs a whole-number exponent, got " + exponent.toPlainString()
                    + " in '" + source + "'");
        }
        if (Math.abs(n) > MAX_EXPONENT) {
            throw new FormulaException("'^' exponent " + n + " is out of range ±" + MAX_EXPONENT
                    + " in '" + source + "'");
        }
        if (n < 0 && base.signum() == 0) {
            throw new FormulaException("division by zero: 0 raised to a negative power in '" + source + "'");
        }
        return base.pow(n, PresentValue.PRECISION);
    }
}
