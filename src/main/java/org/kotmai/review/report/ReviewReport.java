package org.kotmai.review.report;

import java.time.Instant;
import java.util.List;

import org.kotmai.review.template.LocalizedText;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.review.workflow.ReviewSubject;

/**
 * A review laid out as its template's report says, with every value already written out as text, so the DOCX,
 * HTML and JSON forms show exactly the same thing.
 *
 * @param subjectTitle  title of the law or draft under review as the catalog has it
 * @param sections      the template's report sections in order; one section per step when it declares none
 * @param decision      the committee's decision, or null while undecided
 * @param suggested     the template's own decision for the answers, or null while answers are incomplete
 * @param audit         who did what and when, in short
 */
public record ReviewReport(String reviewId, String title, String templateId, int templateVersion,
                           LocalizedText templateTitle, ReviewSubject subject, String subjectTitle, ReviewState state,
                           List<Section> sections, DecisionPart decision, Outcome suggested, AuditSummary audit,
                           Instant generatedAt) {

    public ReviewReport {
        sections = List.copyOf(sections);
    }

    public record Section(LocalizedText title, List<Item> items) {

        public Section {
            items = List.copyOf(items);
        }
    }

    /** What an item of a section shows. */
    public enum Kind {
        /** An answer written as one text. */
        ANSWER,
        /** A table question: its columns and one row of texts per answered row. */
        TABLE,
        /** A value computed from the answers. */
        COMPUTED,
        /** The committee's decision. */
        DECISION
    }

    /**
     * One line or table of a section.
     *
     * @param text    the value written out; {@value ReportValues#NONE} when not answered; empty for a table
     * @param columns column headings of a table, empty otherwise
     * @param rows    cell texts of a table, empty otherwise
     */
    public record Item(Kind kind, String id, LocalizedText label, String text, List<LocalizedText> columns,
                       List<List<String>> rows) {

        public Item {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        static Item of(Kind kind, String id, LocalizedText label, String text) {
            return new Item(kind, id, label, text, List.of(), List.of());
        }
    }

    /** @param label the outcome's label from the template's decision rules; the outcome id when it has none */
    public record Outcome(String outcome, LocalizedText label) {
    }

    public record DecisionPart(Outcome outcome, String note, String decidedBy, Instant decidedAt) {
    }

    /**
     * @param createdBy     null for readers who are not signed in, like every other name here: the public sees
     *                      what happened and when, not who did it
     * @param answerChanges how many single answer changes were recorded
     * @param moves         every change of state, oldest first
     */
    public record AuditSummary(String createdBy, Instant createdAt, int answerChanges, List<Move> moves,
                               Instant lastChangedAt) {

        public AuditSummary {
            moves = List.copyOf(moves);
        }
    }

    /** @param state the state the review moved to */
    public record Move(Instant at, String actor, ReviewState state, String note) {
    }
}
