package org.kotmai.review.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kotmai.review.formula.Value;
import org.kotmai.review.template.DecisionRule;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.Step;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.Warning;
import org.springframework.stereotype.Component;

/**
 * Applies a template to a set of answers: computes the formulas, checks each step, raises warnings and picks the
 * decision. Answers are keyed by question id: text as String, yes/no as Boolean, numbers and money as numbers,
 * dates as LocalDate or ISO text, multiple choice as a list of option values, tables as a list of row maps.
 */
@Component
public class AnswerEvaluator {

    public Evaluation evaluate(Template template, Map<String, Object> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        ComputationScope scope = new ComputationScope(template, answers);
        Map<String, Value> computed = scope.computeAll(problems);
        Function<String, Object> valueOf = valueLookup(answers, computed);
        for (Step step : template.steps()) {
            checkStep(step, answers, valueOf, problems);
        }
        List<Warning> warnings = template.warnings().stream()
                .filter(w -> ConditionEvaluator.holds(w.when(), valueOf)).toList();
        // a decision on half-answered questions would look final while resting on defaults, so hold it back
        Optional<DecisionRule> decision = problems.isEmpty() ? decide(template, valueOf) : Optional.empty();
        return new Evaluation(computed, problems, warnings, decision);
    }

    /**
     * Checks only the questions of one step, so a form can be saved step by step.
     *
     * @throws IllegalArgumentException when the template has no such step
     */
    public List<AnswerProblem> validateStep(Template template, String stepId, Map<String, Object> answers) {
        Step step = template.step(stepId).orElseThrow(() -> new IllegalArgumentException("template '"
                + template.id() + "' has no step '" + stepId + "' (steps: "
                + template.steps().stream().map(Step::id).toList() + ")"));
        List<AnswerProblem> ignoredFormulaProblems = new ArrayList<>();
        Map<String, Value> computed = new ComputationScope(template, answers).computeAll(ignoredFormulaProblems);
        List<AnswerProblem> problems = new ArrayList<>();
        checkStep(step, answers, valueLookup(answers, computed), problems);
        return problems;
    }

    /** Ids of the top-level questions shown for these answers, so a form can leave out the others. */
    public Set<String> shownQuestions(Template template, Map<String, Object> answers) {
        Map<String, Value> computed = new ComputationScope(template, answers).computeAll(new ArrayList<>());
        Function<String, Object> valueOf = valueLookup(answers, computed);
        return template.questions()
                .filter(q -> q.showWhen() == null || ConditionEvaluator.holds(q.showWhen(), valueOf))
                .map(Question::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void checkStep(Step step, Map<String, Object> answers, Function<String, Object> valueOf,
                                  List<AnswerProblem> problems) {
        QuestionChecker checker = new QuestionChecker(step.id(), problems);
        for (Question q : step.questions()) {
            checker.check(q, q.id(), answers.get(q.id()), valueOf);
        }
    }

    private static Optional<DecisionRule> decide(Template template, Function<String, Object> valueOf) {
        return template.decisions().stream()
                .filter(rule -> rule.when() == null || ConditionEvaluator.holds(rule.when(), valueOf))
                .findFirst();
    }

    /** Conditions may read computed values (e.g. consultation length), which are kept as plain numbers or dates. */
    private static Function<String, Object> valueLookup(Map<String, Object> answers, Map<String, Value> computed) {
        return name -> {
            Value value = computed.get(name);
            if (value instanceof Value.Number n) {
                return n.value();
            }
            if (value instanceof Value.Date d) {
                return d.value();
            }
            return answers.get(name);
        };
    }
}
