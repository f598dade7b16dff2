package org.kotmai.review.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kotmai.review.answer.AnswerEvaluator;
import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.template.DecisionRule;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.security.Actor;
import org.kotmai.thai.ThaiDigits;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The review workflow: creating reviews, saving answers, moving them through their states and keeping the audit
 * trail. Every change names the revision it edits; the store accepts the write only if nobody else wrote the
 * review since it was read, so a concurrent change is answered with a conflict instead of being overwritten.
 * Audit events are written after the review, and again with the next change, so none is missing for long even
 * if the service stops between the two writes.
 */
@Service
public class ReviewService {

    private static final int LIST_LIMIT = 500;

    private final ReviewRepository reviews;
    private final AuditTrail audit;
    private final CommentRepository comments;
    private final SubjectCatalog subjects;
    private final TemplateCatalog templates;
    private final AnswerEvaluator evaluator;
    private final JsonMapper json;

    public ReviewService(ReviewRepository reviews, AuditTrail audit, CommentRepository comments,
                         SubjectCatalog subjects, TemplateCatalog templates, AnswerEvaluator evaluator,
                         JsonMapper json) {
        this.reviews = reviews;
        this.audit = audit;
        this.comments = comments;
        this.subjects = subjects;
        this.templates = templates;
        this.evaluator = evaluator;
        this.json = json;
    }

    public Review create(Actor actor, NewReview request) {
        ReviewPolicy.refuseCreate(actor).ifPresent(ReviewService::forbid);
        Template template = templates.byId(required(request.templateId(), "templateId")).orElseThrow(() ->
                new BadRequestException("templateId", "no template '" + request.templateId()
                        + "'; see GET /api/templates for the ids"));
        ReviewSubject subject = checkedSubject(request.subject());
        String title = request.title() == null || request.title().isBlank()
                ? template.title().th() + ": " + subjects.lawTitle(subject.lawId()) : request.title().strip();
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        AuditEvent created = new AuditEvent(eventId(id, 1, 0), id, 1, 0, now, actor.name(), AuditAction.CREATED,
                "review", null, json.writeValueAsString(Map.of("templateId", template.id(), "subject", subject,
                "title", title, "assignees", request.assignees())), null);
        Map<String, Object> computed = ComputedValues.toJson(evaluator.evaluate(template, Map.of()).computed());
        Review review = new Review(id, title, template.id(), template.version(), subject, ReviewState.DRAFT,
                actor.name(), cleanNames(request.assignees()), Map.of(), computed, null, 1, now, now, actor.name(),
                List.of(created));
        reviews.create(review);
        audit.append(List.of(created));
        return review;
    }

    /** @throws NotFoundException also for a review the actor may not see, so its existence is not given away */
    public Review get(Actor actor, String id) {
        Review review = load(id).review();
        if (!ReviewPolicy.canRead(actor, review)) {
            throw missing(id);
        }
        return review;
    }

    /** The public sees only published reviews, whatever state it asks for. */
    public List<Review> list(Actor actor, ReviewFilter filter) {
        ReviewFilter visible = actor.roles().isEmpty()
                ? new ReviewFilter(ReviewState.PUBLISHED, filter.templateId(), filter.lawId()) : filter;
        if (actor.roles().isEmpty() && filter.state() != null && filter.state() != ReviewState.PUBLISHED) {
            return List.of();
        }
        return reviews.list(visible, LIST_LIMIT);
    }

    /** Answers checked against the template as they stand: computed values, problems per step, decision. */
    public Evaluation evaluate(Review review) {
        return evaluator.evaluate(template(review), review.answers());
    }

    /**
     * Applies the given answers on top of the stored ones; a null answer clears its question. Incomplete or
     * invalid answers are saved too and reported by {@link #evaluate}; only unknown question ids are refused.
     */
    public Review saveAnswers(Actor actor, String id, long revision, Map<String, Object> edits) {
        StoredReview stored = load(id);
        Review review = stored.review();
        ReviewPolicy.refuseEdit(actor, review).ifPresent(ReviewService::forbid);
        requireRevision(review, revision);
        requireState(review, ReviewState.DRAFT, "answers can only change while the review is a draft");
        Template template = template(review);
        AnswerChanges changes = AnswerChanges.apply(template, review.answers(), edits, json);
        if (changes.changes().isEmpty()) {
            return review;
        }
        long next = review.revision() + 1;
        Instant now = Instant.now();
        List<AuditEvent> events = new ArrayList<>();
        for (AnswerChanges.Change change : changes.changes()) {
            events.add(new AuditEvent(eventId(id, next, events.size()), id, next, events.size(), now, actor.name(),
                    AuditAction.ANSWER_CHANGED, "answers." + change.questionId(), change.oldJson(),
                    change.newJson(), null));
        }
        Map<String, Object> computed = ComputedValues.toJson(
                evaluator.evaluate(template, changes.merged()).computed());
        return write(stored, new Review(id, review.title(), review.templateId(), review.templateVersion(),
                review.subject(), review.state(), review.owner(), review.assignees(), changes.merged(), computed,
                review.decision(), next, review.createdAt(), now, actor.name(), events));
    }

    /**
     * Moves the review on. Submitting and deciding need complete answers; returning for revision needs a note
     * saying what to revise; deciding takes the template's decision unless the committee gives an outcome.
     */
    public Review transition(Actor actor, String id, long revision, Transition transition, String note,
                             String outcome) {
        StoredReview stored = load(id);
        Review review = stored.review();
        ReviewPolicy.refuse(actor, review, transition).ifPresent(ReviewService::forbid);
        requireRevision(review, revision);
        if (!transition.startsFrom(review.state())) {
            throw new ReviewConflictException("review " + id + " is " + review.state() + "; "
                    + transition + " applies only to a review that is " + transition.from(), review);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (transition == Transition.RETURN_FOR_REVISION && cleanNote == null) {
            throw new BadRequestException("note", "say what needs revising when returning a review");
        }
        Decision decision = review.decision();
        if (transition == Transition.SUBMIT || transition == Transition.DECIDE) {
            Evaluation evaluation = evaluate(review);
            if (!evaluation.isComplete()) {
                throw new IncompleteReviewException("review " + id + " has " + evaluation.problems().size()
                        + " problem(s) to fix before " + transition, evaluation.problems());
            }
            if (transition == Transition.DECIDE) {
                decision = new Decision(outcome(review, evaluation, outcome), cleanNote == null ? "" : cleanNote,
                        actor.name(), Instant.now());
            }
        }
        if (transition == Transition.RETURN_FOR_REVISION) {
            decision = null;
        }
        long next = review.revision() + 1;
        Instant now = Instant.now();
        List<AuditEvent> events = new ArrayList<>();
        events.add(new AuditEvent(eventId(id, next, 0), id, next, 0, now, actor.name(), AuditAction.STATE_CHANGED,
                "state", quoted(review.state().name()), quoted(transition.to().name()), cleanNote));
        if (transition == Transition.DECIDE) {
            events.add(new AuditEvent(eventId(id, next, 1), id, next, 1, now, actor.name(), AuditAction.DECIDED,
                    "decision", review.decision() == null ? null : quoted(review.decision().outcome()),
                    quoted(decision.outcome()), cleanNote));
        }
        return write(stored, new Review(id, review.title(), review.templateId(), review.templateVersion(),
                review.subject(), transition.to(), review.owner(), review.assignees(), review.answers(),
                review.computed(), decision, next, review.createdAt(), now, actor.name(), events));
    }

    public Review assign(Actor actor, String id, long revision, List<String> assignees) {
        StoredReview stored = load(id);
        Review review = stored.review();
        ReviewPolicy.refuseAssign(actor, review).ifPresent(ReviewService::forbid);
        requireRevision(review, revision);
        List<String> names = cleanNames(assignees);
        if (names.equals(review.assignees())) {
            return review;
        }
        long next = review.revision() + 1;
        Instant now = Instant.now();
        AuditEvent event = new AuditEvent(eventId(id, next, 0), id, next, 0, now, actor.name(),
                AuditAction.ASSIGNEES_CHANGED, "assignees", json.writeValueAsString(review.assignees()),
                json.writeValueAsString(names), null);
        return write(stored, new Review(id, review.title(), review.templateId(), review.templateVersion(),
                review.subject(), review.state(), review.owner(), names, review.answers(), review.computed(),
                review.decision(), next, review.createdAt(), now, actor.name(), List.of(event)));
    }

    /** The transitions this actor may make now, so a form can offer only those. */
    public List<Transition> allowedTransitions(Actor actor, Review review) {
        return java.util.Arrays.stream(Transition.values())
                .filter(t -> t.startsFrom(review.state()) && ReviewPolicy.refuse(actor, review, t).isEmpty())
                .toList();
    }

    /** Whether this actor may change the answers now. */
    public boolean canEdit(Actor actor, Review review) {
        return review.state() == ReviewState.DRAFT && ReviewPolicy.refuseEdit(actor, review).isEmpty();
    }

    public List<AuditEvent> auditTrail(Actor actor, String id) {
        get(actor, id);
        return audit.of(id);
    }

    public Comment comment(Actor actor, String id, String field, String text) {
        Review review = get(actor, id);
        ReviewPolicy.refuseComment(actor).ifPresent(ReviewService::forbid);
        if (text == null || text.isBlank()) {
            throw new BadRequestException("text", "is empty; write the comment");
        }
        String question = field == null || field.isBlank() ? null : field.strip();
        if (question != null && template(review).question(question).isEmpty()) {
            throw new BadRequestException("field", "template '" + review.templateId() + "' has no question '"
                    + question + "'; leave it out to comment on the whole review");
        }
        Comment comment = new Comment(UUID.randomUUID().toString(), id, Instant.now(), actor.name(), question,
                text.strip());
        comments.add(comment);
        return comment;
    }

    public List<Comment> comments(Actor actor, String id) {
        get(actor, id);
        return comments.of(id);
    }

    private Review write(StoredReview stored, Review next) {
        Optional<StoreVersion> written = reviews.replace(next, stored.storeVersion());
        if (written.isEmpty()) {
            Review current = load(next.id()).review();
            throw new ReviewConflictException("review " + next.id() + " was changed by someone else (now revision "
                    + current.revision() + "); apply your change to the current review and send revision "
                    + current.revision(), current);
        }
        List<AuditEvent> events = new ArrayList<>(stored.review().lastChanges());
        events.addAll(next.lastChanges());
        audit.append(events);
        return next;
    }

    private String outcome(Review review, Evaluation evaluation, String requested) {
        Template template = template(review);
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

    private ReviewSubject checkedSubject(ReviewSubject subject) {
        if (subject == null || subject.kind() == null) {
            throw new BadRequestException("subject.kind", "give the kind of subject: LAW, PROVISIONS or DRAFT");
        }
        String lawId = required(subject.lawId(), "subject.lawId");
        if (subjects.lawTitle(lawId) == null) {
            throw new BadRequestException("subject.lawId", "no law or draft '" + lawId + "' in the catalog; find"
                    + " ids with GET /api/laws, or upload the draft with POST /api/laws first");
        }
        List<String> numbers = subject.provisions().stream().map(n -> ThaiDigits.toArabic(n).strip()).toList();
        if (subject.kind() == SubjectKind.PROVISIONS && numbers.isEmpty()) {
            throw new BadRequestException("subject.provisions", "list the provisions under review, e.g. [\"5\", \"77/1\"]");
        }
        if (subject.kind() != SubjectKind.PROVISIONS && !numbers.isEmpty()) {
            throw new BadRequestException("subject.provisions", "only a PROVISIONS subject lists provisions");
        }
        for (String number : numbers) {
            if (!subjects.hasProvision(lawId, number)) {
                throw new BadRequestException("subject.provisions", "law '" + lawId + "' has no provision '"
                        + number + "'; see GET /api/laws/" + lawId + " for its table of contents");
            }
        }
        return new ReviewSubject(subject.kind(), lawId, numbers);
    }

    private StoredReview load(String id) {
        return reviews.find(id).orElseThrow(() -> missing(id));
    }

    private Template template(Review review) {
        return templates.byId(review.templateId()).orElseThrow(() -> new IllegalStateException("review "
                + review.id() + " uses template '" + review.templateId() + "', which is no longer loaded; restore"
                + " its file in kotmai.review.template-dir"));
    }

    private static void requireRevision(Review review, long revision) {
        if (review.revision() != revision) {
            throw new ReviewConflictException("review " + review.id() + " is at revision " + review.revision()
                    + ", not " + revision + "; apply your change to the current review and send revision "
                    + review.revision(), review);
        }
    }

    private static void requireState(Review review, ReviewState state, String reason) {
        if (review.state() != state) {
            throw new ReviewConflictException("review " + review.id() + " is " + review.state() + ": " + reason,
                    review);
        }
    }

    private static List<String> cleanNames(List<String> names) {
        return names == null ? List.of()
                : names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field, "is missing");
        }
        return value.strip();
    }

    private String quoted(String text) {
        return json.writeValueAsString(text);
    }

    private static String eventId(String reviewId, long revision, int index) {
        return reviewId + ":" + revision + ":" + index;
    }

    private static NotFoundException missing(String id) {
        return new NotFoundException("No review '" + id + "'. List reviews with GET /api/reviews.");
    }

    private static void forbid(String reason) {
        throw new ReviewForbiddenException(reason);
    }
}
