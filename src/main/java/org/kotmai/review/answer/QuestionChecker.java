package org.kotmai.review.answer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kotmai.review.template.Choice;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.Validation;

/**
 * Checks the answers of one step against the questions: shown or hidden, required, answer type, option lists and
 * limits. Table rows are checked column by column with their own row as the context for column conditions.
 */
final class QuestionChecker {

    private final String stepId;
    private final List<AnswerProblem> problems;

    QuestionChecker(String stepId, List<AnswerProblem> problems) {
        this.stepId = stepId;
        this.problems = problems;
    }

    /**
     * @param label   how the question is named in messages, e.g. {@code activities[2].hours}
     * @param valueOf answers and computed values visible to this question's conditions
     */
    void check(Question q, String label, Object answer, Function<String, Object> valueOf) {
        if (q.showWhen() != null && !ConditionEvaluator.holds(q.showWhen(), valueOf)) {
            return;
        }
        boolean required = q.required()
                || (q.requireWhen() != null && ConditionEvaluator.holds(q.requireWhen(), valueOf));
        if (AnswerValues.isEmpty(answer)) {
            if (required) {
                problem(label, "'" + label + "' (" + q.text().en() + ") is required");
            }
            return;
        }
        switch (q.type()) {
            case NUMBER, MONEY -> checkNumber(q, label, answer);
            case TEXT, LONG_TEXT -> checkText(q, label, answer);
            case YES_NO -> {
                if (!(answer instanceof Boolean)) {
                    problem(label, "'" + label + "' needs a yes/no answer (true or false), got '" + answer + "'");
                }
            }
            case DATE -> {
                if (AnswerValues.date(answer) == null) {
                    problem(label, "'" + label + "' needs a date written as YYYY-MM-DD (Common or Buddhist Era year), got '"
                            + answer + "'");
                }
            }
            case SINGLE_CHOICE -> checkChoice(q, label, answer);
            case MULTIPLE_CHOICE -> checkChoices(q, label, answer);
            case EVIDENCE -> {
                boolean ids = answer instanceof String || answer instanceof List<?> list && !list.isEmpty()
                        && list.stream().allMatch(String.class::isInstance);
                if (!ids) {
                    problem(label, "'" + label + "' needs an attachment id or a list of them, got '" + answer + "'");
                }
            }
            case LAW_REFERENCE -> {
                if (!(answer instanceof String)) {
                    problem(label, "'" + label + "' needs an identifier, got '" + answer + "'");
                }
            }
            case TABLE -> checkTable(q, label, answer, valueOf);
        }
    }

    private void checkNumber(Question q, String label, Object answer) {
        BigDecimal n = AnswerValues.number(answer);
        if (n == null) {
            problem(label, "'" + label + "' needs a number" + (q.type() == QuestionType.MONEY ? " of baht" : "")
                    + ", got '" + answer + "'");
            return;
        }
        Validation v = q.validation();
        if (v.min() != null && n.compareTo(v.min()) < 0) {
            problem(label, "'" + label + "' must be at least " + v.min().toPlainString() + ", got "
                    + n.toPlainString());
        }
        if (v.max() != null && n.compareTo(v.max()) > 0) {
            problem(label, "'" + label + "' must be at most " + v.max().toPlainString() + ", got "
                    + n.toPlainString());
        }
    }

    private void checkText(Question q, String label, Object answer) {
        if (!(answer instanceof String text)) {
            problem(label, "'" + label + "' needs text, got '" + answer + "'");
            return;
        }
        int length = text.strip().codePointCount(0, text.strip().length());
        Validation v = q.validation();
        if (v.minLength() != null && length < v.minLength()) {
            problem(label, "'" + label + "' needs at least " + v.minLength() + " characters, has " + length);
        }
        if (v.maxLength() != null && length > v.maxLength()) {
            problem(label, "'" + label + "' allows at most " + v.maxLength() + " characters, has " + length);
        }
    }

    private void checkChoice(Question q, String label, Object answer) {
        String value = AnswerValues.text(answer);
        if (q.options().stream().noneMatch(c -> c.value().equals(value))) {
            problem(label, "'" + label + "': '" + value + "' is not one of " + optionValues(q));
        }
    }

    private void checkChoices(Question q, String label, Object answer) {
        if (!(answer instanceof Collection<?> picks)) {
            problem(label, "'" + label + "' needs a list of picks from " + optionValues(q));
            return;
        }
        for (Object pick : picks) {
            checkChoice(q, label, pick);
        }
        checkCount(q, label, picks.size(), "pick");
    }

    private void checkTable(Question table, String label, Object answer, Function<String, Object> outer) {
        if (!TableRows.isTable(answer)) {
            problem(label, "'" + label + "' needs a list of rows, each a mapping of column to answer");
            return;
        }
        List<Map<String, Object>> rows = TableRows.of(answer);
        checkCount(table, label, rows.size(), "row");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String rowLabel = label + "[" + (i + 1) + "]";
            for (String key : row.keySet()) {
                if (table.column(key).isEmpty()) {
                    problem(rowLabel + "." + key, "'" + rowLabel + "' has unknown column '" + key + "'");
                }
            }
            Function<String, Object> rowValues = name -> table.column(name).isPresent() ? row.get(name)
                    : outer.apply(name);
            for (Question column : table.columns()) {
                check(column, rowLabel + "." + column.id(), row.get(column.id()), rowValues);
            }
        }
    }

    private void checkCount(Question q, String label, int count, String noun) {
        Validation v = q.validation();
        if (v.minItems() != null && count < v.minItems()) {
            problem(label, "'" + label + "' needs at least " + v.minItems() + " " + noun + "(s), has " + count);
        }
        if (v.maxItems() != null && count > v.maxItems()) {
            problem(label, "'" + label + "' allows at most " + v.maxItems() + " " + noun + "(s), has " + count);
        }
    }

    private static String optionValues(Question q) {
        return q.options().stream().map(Choice::value).toList().toString();
    }

    private void problem(String field, String message) {
        problems.add(new AnswerProblem(stepId, field, message));
    }
}
