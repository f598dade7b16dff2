package org.kotmai.review.answer;

/**
 * Something wrong with the answers.
 *
 * @param step    id of the step holding the question, or {@code computed} for a formula that failed
 * @param field   question id (with {@code table[row].column} for a table cell) or computed id
 * @param message what is wrong, naming the question, written for the person filling in the form
 */
public record AnswerProblem(String step, String field, String message) {

    static final String COMPUTED_STEP = "computed";
}
