package org.kotmai.web.page.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.kotmai.review.answer.AnswerEvaluator;
import org.kotmai.review.answer.AnswerProblem;
import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.Step;
import org.kotmai.review.template.Template;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewTransitions;
import org.kotmai.security.Actor;
import org.kotmai.web.page.PageIds;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts what both the review page and the wizard show about a review into the model. */
@Component
class ReviewPages {

    private final ReviewService reviews;
    private final ReviewTransitions transitions;
    private final AnswerEvaluator evaluator;

    ReviewPages(ReviewService reviews, ReviewTransitions transitions, AnswerEvaluator evaluator) {
        this.reviews = reviews;
        this.transitions = transitions;
        this.evaluator = evaluator;
    }

    /** A step with whether its answers are complete, for the wizard's list of steps. */
    record StepState(int index, Step step, boolean complete, List<AnswerProblem> problems) {
    }

    Review describe(Actor actor, String id, Model model) {
        Review review = reviews.get(actor, PageIds.require(id, "review"));
        Template template = reviews.templateOf(review);
        Evaluation evaluation = reviews.evaluate(review);
        List<Step> steps = template.steps();
        model.addAttribute("review", review);
        model.addAttribute("template", template);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("steps", IntStream.range(0, steps.size()).mapToObj(i -> {
            List<AnswerProblem> problems = evaluation.problems().stream()
                    .filter(p -> p.step().equals(steps.get(i).id())).toList();
            return new StepState(i, steps.get(i), problems.isEmpty(), problems);
        }).toList());
        model.addAttribute("shown", evaluator.shownQuestions(template, review.answers()));
        model.addAttribute("editable", reviews.canEdit(actor, review));
        model.addAttribute("transitions", transitions.allowed(actor, review));
        model.addAttribute("decisionRule", review.decision() == null ? null : template.decisions().stream()
                .filter(d -> d.outcome().equals(review.decision().outcome())).findFirst().orElse(null));
        return review;
    }

    /** Questions of a step whose answers decide whether another question of the step is shown. */
    static Set<String> visibilityControls(Step step) {
        Set<String> fields = new LinkedHashSet<>();
        for (Question q : step.questions()) {
            if (q.showWhen() != null) {
                q.showWhen().collectFields(fields);
            }
        }
        return fields;
    }
}
