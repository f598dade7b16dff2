package org.kotmai.review.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kotmai.review.answer.AnswerProblem;
import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.template.LocalizedText;
import org.kotmai.review.template.Template;
import org.kotmai.review.workflow.Decision;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.review.workflow.ReviewSubject;
import org.kotmai.review.workflow.Transition;

/**
 * A review as the API shows it: the stored answers and, worked out afresh, what each step still lacks.
 *
 * @param version             send this back with the next change; it goes up by one with every change
 * @param steps               each step of the template with the problems its answers still have
 * @param warnings            advice fired by the answers
 * @param suggestedDecision   the template's decision for the answers, once they are complete
 * @param decision            the committee's recorded decision, once decided
 * @param editable            whether the caller may change the answers now
 * @param allowedTransitions  the transitions the caller may make now
 */
record ReviewView(String id, long version, String title, String templateId, int templateVersion,
                  ReviewSubject subject, ReviewState state, String owner, List<String> assignees,
                  Map<String, Object> answers, Map<String, Object> computed, List<StepStatus> steps,
                  List<WarningView> warnings, OutcomeView suggestedDecision, Decision decision, Instant createdAt,
                  Instant updatedAt, String updatedBy, boolean editable, List<Transition> allowedTransitions) {

    /** @param complete true when the step's answers have no problem */
    record StepStatus(String id, LocalizedText title, boolean complete, List<AnswerProblem> problems) {
    }

    record WarningView(String id, LocalizedText message) {
    }

    record OutcomeView(String outcome, LocalizedText label) {
    }

    static ReviewView of(Review r, Template template, Evaluation evaluation, boolean editable,
                         List<Transition> allowedTransitions) {
        List<StepStatus> steps = template.steps().stream().map(step -> {
            List<AnswerProblem> problems = evaluation.problems().stream()
                    .filter(p -> p.step().equals(step.id())).toList();
            return new StepStatus(step.id(), step.title(), problems.isEmpty(), problems);
        }).toList();
        return new ReviewView(r.id(), r.revision(), r.title(), r.templateId(), r.templateVersion(), r.subject(),
                r.state(), r.owner(), r.assignees(), r.answers(), r.computed(), steps,
                evaluation.warnings().stream().map(w -> new WarningView(w.id(), w.message())).toList(),
                evaluation.decision().map(d -> new OutcomeView(d.outcome(), d.label())).orElse(null),
                r.decision(), r.createdAt(), r.updatedAt(), r.updatedBy(), editable, allowedTransitions);
    }
}
