package org.kotmai.review.formula;

/** Resolves the field names a formula mentions ({@code fee}, {@code activities.annualCost}) to values. */
@FunctionalInterface
public interface FormulaScope {

    /** @throws FormulaException when the name has no value, with a message naming the field */
    Value lookup(String name);
}
