package org.kotmai.review.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kotmai.review.formula.Value;
import org.kotmai.review.template.DecisionRule;
import org.kotmai.review.template.Warning;

/**
 * Everything the evaluator works out from one set of answers.
 *
 * @param computed values by computed id, plus {@code table.id} columns of per-row values; a value whose inputs are
 *                 not answered yet is simply absent
 * @param problems what must be fixed before the review can be submitted
 * @param warnings advice that fired, e.g. a consultation shorter than recommended
 * @param decision the first decision rule that applies; empty while there are problems, or when the
 *                 template has no rule that applies
 */
public record Evaluation(Map<String, Value> computed, List<AnswerProblem> problems, List<Warning> warnings,
                         Optional<DecisionRule> decision) {

    public Evaluation {
        computed = Map.copyOf(computed);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean isComplete() {
        return problems.isEmpty();
    }
}
