package org.kotmai.web.page.review;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.kotmai.review.answer.AnswerEvaluator;
import org.kotmai.review.answer.AnswerProblem;
import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.attachment.Attachment;
import org.kotmai.review.attachment.AttachmentProperties;
import org.kotmai.review.attachment.AttachmentService;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.Step;
import org.kotmai.review.template.Template;
import org.kotmai.review.consultation.ConsultationProperties;
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
    private final AttachmentService attachments;
    private final AttachmentProperties attachmentLimits;
    private final ConsultationProperties consultationRules;

    ReviewPages(ReviewService reviews, ReviewTransitions transitions, AnswerEvaluator evaluator,
                ConsultationService consultations, AttachmentService attachments,
                AttachmentProperties attachmentLimits, ConsultationProperties consultationRules) {
        this.attachmentLimits = attachmentLimits;
        this.consultationRules = consultationRules;
        this.reviews = reviews;
        this.transitions = transitions;
        this.evaluator = evaluator;
        this.consultations = consultations;
        this.attachments = attachments;
    }

    /**
     * A file named by an evidence answer, as the pages list it.
     *
     * @param name the attachment's label; its id when the attachment is no longer stored
     */
    record EvidenceFile(String id, String name, String mediaType, long size) {
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
        model.addAttribute("evidence", evidenceOf(actor, review, template));
        return review;
    }

    /**
     * One step of the wizard with everything {@link #describe} puts in the model.
     *
     * @return the view name
     */
    String step(Actor actor, String id, int index, Model model) {
        Review review = describe(actor, id, model);
        Template template = reviews.templateOf(review);
        if (index < 0 || index >= template.steps().size()) {
            throw new NotFoundException("Review '" + id + "' has " + template.steps().size()
                    + " steps, numbered from 0 in the address.");
        }
        Step step = template.steps().get(index);
        model.addAttribute("index", index);
        model.addAttribute("step", step);
        model.addAttribute("controls", visibilityControls(step));
        model.addAttribute("attachmentLimitMb", attachmentLimits.maxBytes().toMegabytes());
        return "review/step";
    }

    /** The attachment ids an evidence answer names: one id, or a list of them. */
    static List<String> evidenceIds(Object answer) {
        if (answer instanceof String id) {
            return List.of(id);
        }
        if (answer instanceof List<?> ids) {
            return ids.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    private Map<String, List<EvidenceFile>> evidenceOf(Actor actor, Review review, Template template) {
        Map<String, List<String>> answered = new LinkedHashMap<>();
        template.questions().filter(q -> q.type() == QuestionType.EVIDENCE)
                .forEach(q -> answered.put(q.id(), evidenceIds(review.answers().get(q.id()))));
        if (answered.values().stream().allMatch(List::isEmpty)) {
            return answered.keySet().stream().collect(Collectors.toMap(k -> k, k -> List.of()));
        }
        Map<String, Attachment> stored = attachments.list(actor, review.id()).stream()
                .collect(Collectors.toMap(Attachment::id, Function.identity(), (a, b) -> a));
        Map<String, List<EvidenceFile>> files = new LinkedHashMap<>();
        answered.forEach((question, ids) -> {
            List<EvidenceFile> list = new ArrayList<>();
            for (String aid : ids) {
                Attachment a = stored.get(aid);
                list.add(a == null ? new EvidenceFile(aid, aid, null, 0)
                        : new EvidenceFile(aid, a.name(), a.mediaType(), a.size()));
            }
            files.put(question, list);
        });
        return files;
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
        boolean moderator = actor.has(Role.COMMITTEE) || actor.has(Role.ADMIN);
        model.addAttribute("moderator", moderator);
        boolean consultable = review.state() == ReviewState.PUBLISHED && review.subject().kind() == SubjectKind.DRAFT;
        model.addAttribute("consultable", consultable && moderator);
        model.addAttribute("recommendedDays", consultationRules.recommendedMinDays());
        if (consultation != null) {
            long days = Duration.between(consultation.consultation().start(), consultation.consultation().end())
                    .toDays();
            model.addAttribute("consultationDays", days);
            model.addAttribute("shortConsultation", consultation.consultation().closedAt() == null
                    && days < consultationRules.recommendedMinDays());
        }
        if (model.getAttribute("periodStart") == null) {
            // the form starts from the period in force, so extending it means moving the last day only
            LocalDate first = consultation != null ? ConsultationPeriod.firstDay(consultation.consultation().start())
                    : LocalDate.now(ConsultationPeriod.THAILAND);
            LocalDate last = consultation != null ? ConsultationPeriod.lastDay(consultation.consultation().end())
                    : first.plusDays(consultationRules.recommendedMinDays() * 2L);
            model.addAttribute("periodStart", first.toString());
            model.addAttribute("periodEnd", last.toString());
        }
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
