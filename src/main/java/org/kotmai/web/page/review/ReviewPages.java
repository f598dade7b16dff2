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
import org.kotmai.review.consultation.ConsultationService;
import org.kotmai.review.consultation.ConsultationView;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewTransitions;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.review.workflow.SubjectKind;
import org.kotmai.security.Actor;
import org.kotmai.security.Role;
import org.kotmai.web.NotFoundException;
import org.kotmai.web.page.PageIds;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts what both the review page and the wizard show about a review into the model. */
@Component
class ReviewPages {

    private final ReviewService reviews;
    private final ReviewTransitions transitions;
    private final AnswerEvaluator evaluator;
    private final ConsultationService consultations;

    ReviewPages(ReviewService reviews, ReviewTransitions transitions, AnswerEvaluator evaluator,
                ConsultationService consultations) {
        this.reviews = reviews;
        this.transitions = transitions;
        this.evaluator = evaluator;
        this.consultations = consultations;
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

    /**
     * Everything the review page shows: the review, its audit trail for signed-in readers and, for a published
     * review of a draft, its public consultation with the approved comments.
     *
     * @return the view name
     */
    String detail(Actor actor, String id, Model model) {
        Review review = describe(actor, id, model);
        model.addAttribute("audit", actor.isAnonymous() ? List.of() : reviews.auditTrail(actor, review.id()));
        ConsultationView consultation = consultationOf(review);
        model.addAttribute("consultation", consultation);
        model.addAttribute("comments", consultation == null ? List.of()
                : consultations.comments(Actor.anonymous(), review.id()));
        model.addAttribute("moderator", actor.has(Role.COMMITTEE) || actor.has(Role.ADMIN));
        return "review/detail";
    }

    private ConsultationView consultationOf(Review review) {
        if (review.state() != ReviewState.PUBLISHED || review.subject().kind() != SubjectKind.DRAFT) {
            return null;
        }
        try {
            return consultations.get(review.id());
        } catch (NotFoundException e) {
            // most published drafts are never put to consultation; the page then simply has no such section
            return null;
        }
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
