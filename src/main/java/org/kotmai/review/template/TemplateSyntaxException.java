package org.kotmai.review.template;

/** A template node that does not have the expected shape; becomes a {@link TemplateProblem} for its file. */
class TemplateSyntaxException extends RuntimeException {

    private final int line;

    TemplateSyntaxException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
