package org.kotmai.review.formula;

/**
 * A formula that cannot be parsed or evaluated. The message always quotes the formula so that a template author
 * can find the offending expression without a debugger.
 */
public class FormulaException extends RuntimeException {

    public FormulaException(String message) {
        super(message);
    }
}
