package org.kotmai.review.answer;

import org.kotmai.review.formula.FormulaException;

/** A formula input is not answered yet; the computed value is left out rather than reported as an error. */
class MissingValueException extends FormulaException {

    MissingValueException(String message) {
        super(message);
    }
}
