package org.kotmai.review.template;

import java.util.List;
import java.util.Optional;

/**
 * One question of a step.
 *
 * @param source      the act, section or guideline the question is drawn from
 * @param required    whether an answer is always needed when the question is shown
 * @param showWhen    shown only when this holds; null means always shown
 * @param requireWhen required when this holds, even if {@code required} is false; null means no extra rule
 * @param options     choices of a single or multiple choice question, empty otherwise
 * @param columns     sub-questions making up one row of a table question, empty otherwise
 * @param rowComputed values computed per table row; other formulas read them as {@code table.id}
 * @param line        where the question starts in the template file
 */
public record Question(String id, QuestionType type, LocalizedText text, SourceRef source, boolean required,
                       Condition showWhen, Condition requireWhen, Validation validation, List<Choice> options,
                       List<Question> columns, List<Computed> rowComputed, int line) {

    public Question {
        options = List.copyOf(options);
        columns = List.copyOf(columns);
        rowComputed = List.copyOf(rowComputed);
    }

    public Optional<Question> column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }
}
