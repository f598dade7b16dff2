package org.kotmai.review.answer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kotmai.review.formula.FormulaException;
import org.kotmai.review.formula.FormulaScope;
import org.kotmai.review.formula.Value;
import org.kotmai.review.template.Computed;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.Template;

/**
 * Resolves formula references against one set of answers, computing each computed value at most once. The template
 * validator has already rejected cycles, so the recursion here always ends.
 */
final class ComputationScope implements FormulaScope {

    private final Template template;
    private final Map<String, Object> answers;
    private final Map<String, Value> memo = new HashMap<>();

    ComputationScope(Template template, Map<String, Object> answers) {
        this.template = template;
        this.answers = answers;
    }

    @Override
    public Value lookup(String name) {
        Value cached = memo.get(name);
        if (cached != null) {
            return cached;
        }
        Value value = resolve(name);
        memo.put(name, value);
        return value;
    }

    /** Every value that can be worked out, plus problems for formulas that fail for a reason other than a gap. */
    Map<String, Value> computeAll(List<AnswerProblem> problems) {
        Map<String, Value> out = new LinkedHashMap<>();
        template.questions().filter(q -> q.type() == QuestionType.TABLE).forEach(table -> {
            for (Computed rowValue : table.rowComputed()) {
                String name = table.id() + "." + rowValue.id();
                tryCompute(name, name, problems).ifPresent(v -> out.put(name, v));
            }
        });
        for (Computed computed : template.computed()) {
            tryCompute(computed.id(), computed.id(), problems).ifPresent(v -> out.put(computed.id(), v));
        }
        return out;
    }

    private Optional<Value> tryCompute(String name, String field, List<AnswerProblem> problems) {
        try {
            return Optional.of(lookup(name));
        } catch (MissingValueException e) {
            return Optional.empty();
        } catch (FormulaException e) {
            problems.add(new AnswerProblem(AnswerProblem.COMPUTED_STEP, field, field + " cannot be computed: "
                    + e.getMessage()));
            return Optional.empty();
        }
    }

    private Value resolve(String name) {
        int dot = name.indexOf('.');
        if (dot > 0) {
            return column(template.question(name.substring(0, dot)).orElseThrow(), name.substring(dot + 1));
        }
        Optional<Computed> computed = template.computed().stream().filter(c -> c.id().equals(name)).findFirst();
        if (computed.isPresent()) {
            return computed.get().formula().evaluate(this);
        }
        return answerValue(template.question(name).orElseThrow(), answers.get(name), name);
    }

    private Value column(Question table, String columnId) {
        List<BigDecimal> values = new ArrayList<>();
        List<Map<String, Object>> rows = TableRows.of(answers.get(table.id()));
        for (int i = 0; i < rows.size(); i++) {
            values.add(rowValue(table, rows.get(i), i + 1, columnId).asNumber(table.id() + "." + columnId));
        }
        return new Value.Column(values);
    }

    private Value rowValue(Question table, Map<String, Object> row, int rowNumber, String name) {
        String label = table.id() + "[" + rowNumber + "]." + name;
        Optional<Question> column = table.column(name);
        if (column.isPresent()) {
            return answerValue(column.get(), row.get(name), label);
        }
        Optional<Computed> rowComputed = table.rowComputed().stream().filter(c -> c.id().equals(name)).findFirst();
        if (rowComputed.isPresent()) {
            FormulaScope rowScope = ref -> table.column(ref).isPresent()
                    || table.rowComputed().stream().anyMatch(c -> c.id().equals(ref))
                    ? rowValue(table, row, rowNumber, ref) : lookup(ref);
            return rowComputed.get().formula().evaluate(rowScope);
        }
        return lookup(name);
    }

    private static Value answerValue(Question question, Object answer, String label) {
        if (AnswerValues.isEmpty(answer)) {
            throw new MissingValueException(label + " has no answer yet");
        }
        if (question.type() == QuestionType.DATE) {
            LocalDate date = AnswerValues.date(answer);
            if (date == null) {
                throw new MissingValueException(label + " is not a valid date");
            }
            return Value.of(date);
        }
        BigDecimal number = AnswerValues.number(answer);
        if (number == null) {
            throw new MissingValueException(label + " is not a number");
        }
        return Value.of(number);
    }
}
