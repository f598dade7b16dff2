package org.kotmai.review.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kotmai.review.answer.AnswerEvaluator;
import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.template.DecisionRule;
import org.kotmai.review.template.Template;
import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Moves reviews through draft → submitted → in committee review → decided → published, and back to draft when
 * returned for revision. Submitting and deciding need complete answers; returning needs a note saying what to
 * revise; deciding takes the template's decision unless the committee gives another outcome of the template.
 */
@Service
public class ReviewTransitions {

    private final ReviewStorage storage;
    private final AnswerEvaluator evaluator;
    private final JsonMapper json;

    ReviewTransitions(ReviewStorage storage, AnswerEvaluator evaluator, JsonMapper json) {
        this.storage = storage;
        this.evaluator = evaluator;
        this.json = json;
    }

    /** The transitions this actor may make now, so a form can offer only those. */
    public List<Transition> allowed(Actor actor, Review review) {
        return Arrays.stream(Transition.values())
                .filter(t -> t.startsFrom(review.state()) && ReviewPolicy.refuse(actor, review, t).isEmpty())
                .toList();
    }

    /**
     * @param note    reason recorded in the audit trail; required for {@link Transition#RETURN_FOR_REVISION}
     * @param outcome for {@link Transition#DECIDE} only: the committee's outcome, when not the template's
     */
    public Review apply(Actor actor, String id, long revision, Transition transition, String note, String outcome) {
        StoredReview stored = storage.load(id);
        Review review = stored.review();
        ReviewPolicy.refuse(actor, review, transition).ifPresent(reason -> {
            throw new ReviewForbiddenException(reason);
        });
        ReviewStorage.requireRevision(review, revision);
        if (!transition.startsFrom(review.state())) {
            throw new ReviewConflictException("review " + id + " is " + review.state() + "; "
                    + transition + " applies only to a review that is " + transition.from(), review);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (transition == Transition.RETURN_FOR_REVISION && cleanNote == null) {
            throw new BadRequestException("note", "say what needs revising when returning a review");
        }
        Decision decision = transition == Transition.RETURN_FOR_REVISION ? null : review.decision();
        if (transition == Transition.SUBMIT || transition == Transition.DECIDE) {
            Template template = storage.template(review);
            Evaluation evaluation = evaluator.evaluate(template, review.answers());
            if (!evaluation.isComplete()) {
                throw new IncompleteReviewException("review " + id + " has " + evaluation.problems().size()
                        + " problem(s) to fix before " + transition, evaluation.problems());
            }
            if (transition == Transition.DECIDE) {
                decision = new Decision(outcome(template, evaluation, outcome), cleanNote == null ? "" : cleanNote,
                        actor.name(), Instant.now());
            }
        }
        long next = review.revision() + 1;
        Instant now = Instant.now();
        List<AuditEvent> events = new ArrayList<>();
        events.add(new AuditEvent(AuditEvent.idFor(id, next, 0), id, next, 0, now, actor.name(),
                AuditAction.STATE_CHANGED, "state", quoted(review.state().name()), quoted(transition.to().name()),
                cleanNote));
        if (transition == Transition.DECIDE) {
            events.add(new AuditEvent(AuditEvent.idFor(id, next, 1), id, next, 1, now, actor.name(),
                    AuditAction.DECIDED, "decision", review.decision() == null ? null
                    : quoted(review.decision().outcome()), quoted(decision.outcome()), cleanNote));
        }
        return storage.write(stored, new Review(id, review.title(), review.templateId(), review.templateVersion(),
                review.subject(), transition.to(), review.owner(), review.assignees(), review.answers(),
                review.computed(), decision, next, review.createdAt(), now, actor.name(), events));
    }

    private static String outcome(Template template, Evaluation evaluation, String requested) {
        if (requested != null && !requested.isBlank()) {
            String outcome = requested.strip();
            List<String> known = template.decisions().stream().map(DecisionRule::outcome).distinct().toList();
            if (!known.isEmpty() && !known.contains(outcome)) {
                throw new BadRequestException("outcome", "'" + outcome + "' is not an outcome of template '"
                        + template.id() + "'; use one of " + known);
            }
            return outcome;
        }
        return evaluation.decision().map(DecisionRule::outcome).orElseThrow(() ->
                new BadRequestException("outcome", "template '" + template.id() + "' decides nothing for these"
                        + " answers; give the committee's outcome"));
    }

    private String quoted(String text) {
        return json.writeValueAsString(text);
    }
}
