package org.kotmai.review.formula;

/** One lexical unit of a formula; {@code position} is the 1-based column used in error messages. */
record Token(Kind kind, String text, int position) {

    enum Kind { NUMBER, NAME, OPERATOR, LEFT_PAREN, RIGHT_PAREN, COMMA, END }

    boolean is(Kind expected, String expectedText) {
        return kind == expected && text.equals(expectedText);
    }
}
