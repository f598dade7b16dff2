package org.kotmai.review.workflow;

import java.util.List;

import org.kotmai.review.answer.AnswerProblem;

/** A review cannot be submitted or decided while answers are missing or invalid; answered as 422. */
public class IncompleteReviewException extends RuntimeException {

    private final transient List<AnswerProblem> problems;

    public IncompleteReviewException(String message, List<AnswerProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
