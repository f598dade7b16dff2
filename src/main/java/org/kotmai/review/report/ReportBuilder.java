package org.kotmai.review.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.report.ReviewReport.AuditSummary;
import org.kotmai.review.report.ReviewReport.DecisionPart;
import org.kotmai.review.report.ReviewReport.Item;
import org.kotmai.review.report.ReviewReport.Kind;
import org.kotmai.review.report.ReviewReport.Move;
import org.kotmai.review.report.ReviewReport.Outcome;
import org.kotmai.review.report.ReviewReport.Section;
import org.kotmai.review.template.Computed;
import org.kotmai.review.template.DecisionRule;
import org.kotmai.review.template.LocalizedText;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.ReportSection;
import org.kotmai.review.template.Step;
import org.kotmai.review.template.Template;
import org.kotmai.review.workflow.AuditAction;
import org.kotmai.review.workflow.AuditEvent;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.review.workflow.SubjectCatalog;
import org.kotmai.security.Actor;
import org.springframework.stereotype.Component;

/** Lays a review out as its template's report sections say, for whoever may read the review. */
@Component
public class ReportBuilder {

    private static final String DECISION = "decision";
    private static final LocalizedText DECISION_LABEL = new LocalizedText("มติคณะกรรมการ", "Committee decision");

    private final ReviewService reviews;
    private final SubjectCatalog subjects;

    ReportBuilder(ReviewService reviews, SubjectCatalog subjects) {
        this.reviews = reviews;
        this.subjects = subjects;
    }

    /** @throws org.kotmai.web.NotFoundException when there is no such review or the actor may not read it */
    public ReviewReport build(Actor actor, String reviewId) {
        Review review = reviews.get(actor, reviewId);
        Template template = reviews.templateOf(review);
        Evaluation evaluation = reviews.evaluate(review);
        ReportValues values = new ReportValues(subjects::lawTitle);
        List<Section> sections = new ArrayList<>();
        for (ReportSection layout : layout(template)) {
            List<Item> items = new ArrayList<>();
            for (String id : layout.include()) {
                item(template, review, values, id).ifPresent(items::add);
            }
            sections.add(new Section(layout.title(), items));
        }
        Outcome suggested = evaluation.decision().map(d -> new Outcome(d.outcome(), d.label())).orElse(null);
        return new ReviewReport(review.id(), review.title(), template.id(), review.templateVersion(),
                template.title(), review.subject(), subjects.lawTitle(review.subject().lawId()), review.state(),
                sections, decision(template, review, actor), suggested,
                audit(reviews.auditTrail(actor, reviewId), actor), Instant.now());
    }

    /** A template without a report layout prints every step, so no answer is left out. */
    private static List<ReportSection> layout(Template template) {
        if (!template.report().isEmpty()) {
            return template.report();
        }
        List<ReportSection> sections = new ArrayList<>();
        for (Step step : template.steps()) {
            sections.add(new ReportSection(step.title(), step.questions().stream().map(Question::id).toList(),
                    step.line()));
        }
        List<String> computed = new ArrayList<>(template.computed().stream().map(Computed::id).toList());
        computed.add(DECISION);
        sections.add(new ReportSection(new LocalizedText("ผลการประเมิน", "Results"), computed, 0));
        return sections;
    }

    private Optional<Item> item(Template template, Review review, ReportValues values, String id) {
        if (DECISION.equals(id)) {
            String text = review.decision() == null ? ReportValues.NONE
                    : outcome(template, review.decision().outcome()).label().th()
                    + (review.decision().note() == null || review.decision().note().isBlank() ? ""
                    : " — " + review.decision().note());
            return Optional.of(Item.of(Kind.DECISION, id, DECISION_LABEL, text));
        }
        Optional<Question> question = template.question(id);
        if (question.isPresent()) {
            Question q = question.get();
            Object answer = review.answers().get(id);
            return Optional.of(q.type() == QuestionType.TABLE
                    ? table(q, answer, review.computed(), values)
                    : Item.of(Kind.ANSWER, id, q.text(), values.answer(q, answer)));
        }
        return template.computed().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> Item.of(Kind.COMPUTED, id, c.label(), values.computed(review.computed().get(id))));
    }

    private static Item table(Question table, Object answer, Map<String, Object> computed, ReportValues values) {
        List<LocalizedText> columns = new ArrayList<>(table.columns().stream().map(Question::text).toList());
        table.rowComputed().forEach(c -> columns.add(c.label()));
        List<Map<?, ?>> rows = answer instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList() : List.of();
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> rowComputed = new ArrayList<>();
            for (Computed c : table.rowComputed()) {
                rowComputed.add(computed.get(table.id() + "." + c.id()) instanceof List<?> column && i < column.size()
                        ? column.get(i) : null);
            }
            cells.add(values.row(table, rows.get(i), rowComputed));
        }
        return new Item(Kind.TABLE, table.id(), table.text(), "", columns, cells);
    }

    private static DecisionPart decision(Template template, Review review, Actor actor) {
        if (review.decision() == null) {
            return null;
        }
        return new DecisionPart(outcome(template, review.decision().outcome()), review.decision().note(),
                named(actor, review.decision().decidedBy()), review.decision().decidedAt());
    }

    private static Outcome outcome(Template template, String outcome) {
        LocalizedText label = template.decisions().stream().filter(d -> d.outcome().equals(outcome)).findFirst()
                .map(DecisionRule::label).orElse(new LocalizedText(outcome, outcome));
        return new Outcome(outcome, label);
    }

    private static AuditSummary audit(List<AuditEvent> events, Actor actor) {
        String createdBy = null;
        Instant createdAt = null;
        int answerChanges = 0;
        List<Move> moves = new ArrayList<>();
        Instant last = null;
        for (AuditEvent event : events) {
            last = event.at();
            if (event.action() == AuditAction.CREATED) {
                createdBy = named(actor, event.actor());
                createdAt = event.at();
            } else if (event.action() == AuditAction.ANSWER_CHANGED) {
                answerChanges++;
            } else if ("state".equals(event.field()) && event.newValue() != null) {
                moves.add(new Move(event.at(), named(actor, event.actor()),
                        ReviewState.valueOf(event.newValue().replace("\"", "")), event.note()));
            }
        }
        return new AuditSummary(createdBy, createdAt, answerChanges, moves, last);
    }

    /** Audit names stay with signed-in readers, as on {@code GET /api/reviews/{id}/audit}. */
    private static String named(Actor actor, String name) {
        return actor.isAnonymous() ? null : name;
    }
}
