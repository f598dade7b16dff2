package org.kotmai.review.formula;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A parsed computed-value formula: arithmetic ({@code + - * / ^}, parentheses), numbers, field references
 * ({@code fee}, {@code activities.annualCost}) and the functions sum, min, max, round, pv, days, addYears.
 * Parsing never executes anything, so a template cannot run code; it only names fields and functions.
 */
public final class Formula {

    private final String source;
    private final Expr root;
    private final Set<String> references;

    private Formula(String source, Expr root) {
        this.source = source;
        this.root = root;
        Set<String> refs = new LinkedHashSet<>();
        root.collectReferences(refs);
        this.references = Collections.unmodifiableSet(refs);
    }

    /** @throws FormulaException with the column of the problem when the text is not a valid formula */
    public static Formula parse(String source) {
        if (source == null || source.isBlank()) {
            throw new FormulaException("formula is empty");
        }
        return new Formula(source, new Parser(source).parseAll());
    }

    /** Field names the formula reads, in order of first appearance; used to reject unknown fields at load. */
    public Set<String> references() {
        return references;
    }

    /** @throws FormulaException for division by zero, a missing field value, a type mismatch or an overflow */
    public Value evaluate(FormulaScope scope) {
        try {
            return root.evaluate(scope, source);
        } catch (ArithmeticException e) {
            // BigDecimal signals exponent overflow this way, e.g. for an answer typed as 1e999999999
            throw new FormulaException("number out of range (" + e.getMessage() + ") in '" + source + "'");
        }
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
