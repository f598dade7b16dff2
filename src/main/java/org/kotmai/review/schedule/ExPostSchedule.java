package org.kotmai.review.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.LawFilter;
import org.kotmai.catalog.Page;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewFilter;
import org.kotmai.review.workflow.ReviewRepository;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.statute.Footnote;
import org.springframework.stereotype.Service;

/**
 * The ex-post evaluation schedule of the whole catalog, worked out on each request from the laws' dates and the
 * published ex-post reviews, so it is never stale. Laws come soonest due first.
 */
@Service
public class ExPostSchedule {

    private static final List<String> FIELDS = List.of("id", "title", "type", "status", "agency", "yearBe",
            "effectiveDate", "footnotes.number", "footnotes.gazette.volume", "footnotes.gazette.special",
            "footnotes.gazette.date");
    private static final int MAX_EVALUATIONS = 10_000;
    private static final String INTERVAL = "interval_years";
    private static final String EXEMPT = "exempt";

    private final CatalogRepository catalog;
    private final ReviewRepository reviews;
    private final ExPostProperties properties;
    private final ExPostRule rule;

    ExPostSchedule(CatalogRepository catalog, ReviewRepository reviews, ExPostProperties properties) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.properties = properties;
        this.rule = new ExPostRule(properties);
    }

    /** One page of the schedule, soonest due first; laws without a due date come last. */
    public Page<ScheduleEntry> schedule(ScheduleFilter filter, int page, int size) {
        LocalDate today = LocalDate.now(properties.zone());
        Map<String, LastEvaluation> evaluations = lastEvaluations();
        List<ScheduleEntry> entries = catalog.scanLaws(new LawFilter(filter.type(), null, null, null, null,
                        filter.agency(), null), FIELDS).stream()
                .map(law -> rule.entry(facts(law), evaluations.get(law.id()), today))
                .filter(filter::accepts)
                .sorted(Comparator.comparing(ScheduleEntry::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ScheduleEntry::lawId))
                .toList();
        int from = Math.min(entries.size(), page * size);
        return new Page<>(entries.subList(from, Math.min(entries.size(), from + size)), entries.size(), page, size);
    }

    private Map<String, LastEvaluation> lastEvaluations() {
        Map<String, LastEvaluation> latest = new HashMap<>();
        for (Review review : reviews.list(new ReviewFilter(ReviewState.PUBLISHED, properties.templateId(), null),
                MAX_EVALUATIONS)) {
            if (review.decision() == null || review.subject() == null) {
                continue;
            }
            LocalDate decided = review.decision().decidedAt().atZone(properties.zone()).toLocalDate();
            LastEvaluation evaluation = new LastEvaluation(review.id(), decided, interval(review),
                    EXEMPT.equals(review.decision().outcome()));
            latest.merge(review.subject().lawId(), evaluation,
                    (a, b) -> a.completedOn().isAfter(b.completedOn()) ? a : b);
        }
        return latest;
    }

    private int interval(Review review) {
        Object value = review.answers().get(INTERVAL);
        if (value instanceof Number n) {
            int years = new BigDecimal(n.toString()).intValue();
            if (years >= 1) {
                return years;
            }
        }
        return properties.cycleYears();
    }

    private static LawFacts facts(LawDocument law) {
        LocalDate gazette = law.footnotes() == null ? null : law.footnotes().stream()
                .filter(f -> f.gazette() != null && f.gazette().date() != null)
                .min(Comparator.comparingInt(Footnote::number))
                .map(f -> f.gazette().date()).orElse(null);
        return new LawFacts(law.id(), law.title(), law.type(), law.status(), law.agency(), law.yearBe(),
                law.effectiveDate(), gazette);
    }
}
