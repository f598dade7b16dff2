package org.kotmai.review.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.kotmai.review.answer.AnswerEvaluator;
import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.security.Actor;
import org.kotmai.thai.ThaiDigits;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Creating, reading and editing reviews. Every change names the revision it edits and is written only if nobody
 * else wrote the review since it was read (see {@link ReviewStorage}), so a concurrent change is answered with a
 * conflict instead of being overwritten. Moving reviews between states is {@link ReviewTransitions}' job.
 */
@Service
public class ReviewService {

    private static final int LIST_LIMIT = 500;

    private final ReviewRepository reviews;
    private final ReviewStorage storage;
    private final AuditTrail audit;
    private final SubjectCatalog subjects;
    private final TemplateCatalog templates;
    private final AnswerEvaluator evaluator;
    private final EvidenceCheck evidence;
    private final JsonMapper json;

    ReviewService(ReviewRepository reviews, ReviewStorage storage, AuditTrail audit, SubjectCatalog subjects,
                  TemplateCatalog templates, AnswerEvaluator evaluator, EvidenceCheck evidence, JsonMapper json) {
        this.reviews = reviews;
        this.storage = storage;
        this.audit = audit;
        this.subjects = subjects;
        this.templates = templates;
        this.evaluator = evaluator;
        this.evidence = evidence;
        this.json = json;
    }

    public Review create(Actor actor, NewReview request) {
        ReviewPolicy.refuseCreate(actor).ifPresent(ReviewService::forbid);
        Review review = draft(actor, request, subjects::lawTitle);
        reviews.create(review);
        audit.append(review.lastChanges());
        return review;
    }

    /**
     * Creates many drafts at once for a guillotine campaign (committee or admin), owned by the actor. Every
     * request is checked before anything is written, so a bad one leaves nothing half-created.
     */
    public List<Review> createAll(Actor actor, List<NewReview> requests) {
        ReviewPolicy.refuseCreateInBulk(actor).ifPresent(ReviewService::forbid);
        Map<String, String> titles = new HashMap<>();
        Function<String, String> lawTitle = lawId -> titles.computeIfAbsent(lawId, subjects::lawTitle);
        List<Review> drafts = requests.stream().map(request -> draft(actor, request, lawTitle)).toList();
        if (drafts.isEmpty()) {
            return drafts;
        }
        reviews.createAll(drafts);
        audit.append(drafts.stream().flatMap(review -> review.lastChanges().stream()).toList());
        return drafts;
    }

    /**
     * The reviews with these ids that exist, whatever their state: for reports such as a campaign's totals,
     * whose own rules decide what they show and to whom.
     */
    public List<Review> findAll(Collection<String> ids) {
        return reviews.findAll(ids);
    }

    private Review draft(Actor actor, NewReview request, Function<String, String> lawTitle) {
        Template template = templates.byId(required(request.templateId(), "templateId")).orElseThrow(() ->
                new BadRequestException("templateId", "no template '" + request.templateId()
                        + "'; see GET /api/templates for the ids"));
        ReviewSubject subject = checkedSubject(request.subject(), lawTitle);
        String title = request.title() == null || request.title().isBlank()
                ? template.title().th() + ": " + lawTitle.apply(subject.lawId()) : request.title().strip();
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String summary = json.writeValueAsString(Map.of("templateId", template.id(), "subject", subject,
                "title", title, "assignees", request.assignees()));
        List<AuditEvent> events = new ArrayList<>();
        events.add(new AuditEvent(AuditEvent.idFor(id, 1, 0), id, 1, 0, now, actor.name(),
                AuditAction.CREATED, "review", null, summary, null));
        AnswerChanges initial = AnswerChanges.apply(template, Map.of(), request.answers(), json);
        for (AnswerChanges.Change change : initial.changes()) {
            int index = events.size();
            events.add(new AuditEvent(AuditEvent.idFor(id, 1, index), id, 1, index, now, actor.name(),
                    AuditAction.ANSWER_CHANGED, "answers." + change.questionId(), null, change.newJson(), null));
        }
        Map<String, Object> computed = ComputedValues.toJson(
                evaluator.evaluate(template, initial.merged()).computed());
        return new Review(id, title, template.id(), template.version(), subject, ReviewState.DRAFT,
                actor.name(), cleanNames(request.assignees()), initial.merged(), computed, null, 1, now, now,
                actor.name(), events);
    }

    /** @throws NotFoundException also for a review the actor may not see, so its existence is not given away */
    public Review get(Actor actor, String id) {
        Review review = storage.load(id).review();
        if (!ReviewPolicy.canRead(actor, review)) {
            throw ReviewStorage.missing(id);
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
        return evaluator.evaluate(storage.template(review), review.answers());
    }

    /**
     * Applies the given answers on top of the stored ones; a null answer clears its question. Incomplete or
     * invalid answers are saved too and reported by {@link #evaluate}; only unknown question ids and evidence
     * answers naming attachments the review does not have are refused.
     */
    public Review saveAnswers(Actor actor, String id, long revision, Map<String, Object> edits) {
        StoredReview stored = storage.load(id);
        Review review = stored.review();
        ReviewPolicy.refuseEdit(actor, review).ifPresent(ReviewService::forbid);
        ReviewStorage.requireRevision(review, revision);
        requireState(review, ReviewState.DRAFT, "answers can only change while the review is a draft");
        Template template = storage.template(review);
        AnswerChanges changes = AnswerChanges.apply(template, review.answers(), edits, json);
        if (changes.changes().isEmpty()) {
            return review;
        }
        checkEvidence(template, id, edits);
        long next = review.revision() + 1;
        Instant now = Instant.now();
        List<AuditEvent> events = new ArrayList<>();
        for (AnswerChanges.Change change : changes.changes()) {
            int index = events.size();
            events.add(new AuditEvent(AuditEvent.idFor(id, next, index), id, next, index, now, actor.name(),
                    AuditAction.ANSWER_CHANGED, "answers." + change.questionId(), change.oldJson(),
                    change.newJson(), null));
        }
        Map<String, Object> computed = ComputedValues.toJson(
                evaluator.evaluate(template, changes.merged()).computed());
        return storage.write(stored, new Review(id, review.title(), review.templateId(), review.templateVersion(),
                review.subject(), review.state(), review.owner(), review.assignees(), changes.merged(), computed,
                review.decision(), next, review.createdAt(), now, actor.name(), events));
    }

    public Review assign(Actor actor, String id, long revision, List<String> assignees) {
        StoredReview stored = storage.load(id);
        Review review = stored.review();
        ReviewPolicy.refuseAssign(actor, review).ifPresent(ReviewService::forbid);
        ReviewStorage.requireRevision(review, revision);
        List<String> names = cleanNames(assignees);
        if (names.equals(review.assignees())) {
            return review;
        }
        long next = review.revision() + 1;
        Instant now = Instant.now();
        AuditEvent event = new AuditEvent(AuditEvent.idFor(id, next, 0), id, next, 0, now, actor.name(),
                AuditAction.ASSIGNEES_CHANGED, "assignees", json.writeValueAsString(review.assignees()),
                json.writeValueAsString(names), null);
        return storage.write(stored, new Review(id, review.title(), review.templateId(), review.templateVersion(),
                review.subject(), review.state(), review.owner(), names, review.answers(), review.computed(),
                review.decision(), next, review.createdAt(), now, actor.name(), List.of(event)));
    }

    /** The template the review answers. */
    public Template templateOf(Review review) {
        return storage.template(review);
    }

    /**
     * Refuses a change by someone who may not edit the review, or made while it is no longer a draft.
     *
     * @throws ReviewForbiddenException  when the actor is neither the owner nor an assigned reviewer
     * @throws ReviewConflictException   when the review has left the draft state
     */
    public void requireEditable(Actor actor, Review review) {
        ReviewPolicy.refuseEdit(actor, review).ifPresent(ReviewService::forbid);
        requireState(review, ReviewState.DRAFT, "its attachments can only change while the review is a draft");
    }

    /** Whether this actor may change the answers now. */
    public boolean canEdit(Actor actor, Review review) {
        return review.state() == ReviewState.DRAFT && ReviewPolicy.refuseEdit(actor, review).isEmpty();
    }

    public List<AuditEvent> auditTrail(Actor actor, String id) {
        get(actor, id);
        return audit.of(id);
    }

    private ReviewSubject checkedSubject(ReviewSubject subject, Function<String, String> lawTitle) {
        if (subject == null || subject.kind() == null) {
            throw new BadRequestException("subject.kind", "give the kind of subject: LAW, PROVISIONS or DRAFT");
        }
        String lawId = required(subject.lawId(), "subject.lawId");
        if (lawTitle.apply(lawId) == null) {
            throw new BadRequestException("subject.lawId", "no law or draft '" + lawId + "' in the catalog; find"
                    + " ids with GET /api/laws, or upload the draft with POST /api/laws first");
        }
        List<String> numbers = subject.provisions().stream().map(n -> ThaiDigits.toArabic(n).strip()).toList();
        if (subject.kind() == SubjectKind.PROVISIONS && numbers.isEmpty()) {
            throw new BadRequestException("subject.provisions",
                    "list the provisions under review, e.g. [\"5\", \"77/1\"]");
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

    private void checkEvidence(Template template, String reviewId, Map<String, Object> edits) {
        edits.forEach((questionId, answer) -> {
            boolean isEvidence = template.question(questionId)
                    .filter(q -> q.type() == QuestionType.EVIDENCE).isPresent();
            if (isEvidence && answer != null) {
                evidence.refuse(reviewId, answer).ifPresent(reason -> {
                    throw new BadRequestException("answers." + questionId, reason);
                });
            }
        });
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

    private static void forbid(String reason) {
        throw new ReviewForbiddenException(reason);
    }
}
