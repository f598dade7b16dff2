package org.kotmai.review.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.kotmai.catalog.LawStatus;
import org.kotmai.thai.BuddhistEra;
import org.kotmai.thai.OneOffLawTitles;

/**
 * When a law's next ex-post evaluation is due: the cycle counted from its last published evaluation, else from
 * its entry into force (the catalogued date, else its Royal Gazette publication, else 1 January of its year).
 * Repealed laws and laws not yet in force are left out; exempt ones are flagged with the reason.
 */
final class ExPostRule {

    private final ExPostProperties properties;

    ExPostRule(ExPostProperties properties) {
        this.properties = properties;
    }

    /** @param last the latest published evaluation of the law, or null */
    ScheduleEntry entry(LawFacts law, LastEvaluation last, LocalDate today) {
        if (law.status() == LawStatus.REPEALED) {
            return without(law, ScheduleStatus.NOT_IN_FORCE, last, "repealed");
        }
        if (last != null && last.exempt()) {
            return without(law, ScheduleStatus.EXEMPT, last, "ex-post review " + last.reviewId()
                    + " found the law exempt (s.29)");
        }
        if (law.type() != null && properties.exemptTypes().contains(law.type())) {
            return without(law, ScheduleStatus.EXEMPT, last, law.type() + " is not scheduled for ex-post"
                    + " evaluation (kotmai.expost.exempt-types)");
        }
        Optional<String> section29 = last == null ? OneOffLawTitles.exemption(law.title()) : Optional.empty();
        if (section29.isPresent()) {
            return without(law, ScheduleStatus.EXEMPT, null, "presumed from the title: " + section29.get()
                    + "; a published ex-post evaluation finding it ongoing puts it back on the schedule");
        }
        if (law.status() == LawStatus.AWAITING_COMMENCEMENT && law.effectiveDate() == null) {
            return without(law, ScheduleStatus.NOT_IN_FORCE, last, "awaiting commencement with no date of entry"
                    + " into force");
        }
        DateBasis basis;
        LocalDate from;
        int years = properties.cycleYears();
        if (last != null) {
            basis = DateBasis.LAST_EVALUATION;
            from = last.completedOn();
            years = last.intervalYears();
        } else if (law.effectiveDate() != null) {
            basis = DateBasis.EFFECTIVE_DATE;
            from = law.effectiveDate();
        } else if (law.gazetteDate() != null) {
            basis = DateBasis.GAZETTE_DATE;
            from = law.gazetteDate();
        } else if (law.yearBe() != null) {
            basis = DateBasis.BE_YEAR;
            from = LocalDate.of(BuddhistEra.toCe(law.yearBe()), 1, 1);
        } else {
            return without(law, ScheduleStatus.UNKNOWN, last, "no date of entry into force, gazette date or year"
                    + " is catalogued; add effectiveDate to the law's metadata");
        }
        LocalDate due = from.plusYears(years);
        boolean overdue = due.isBefore(today);
        return new ScheduleEntry(law.id(), law.title(), law.type(), law.status(), law.agency(),
                overdue ? ScheduleStatus.OVERDUE : ScheduleStatus.DUE, basis, from, due,
                overdue ? ChronoUnit.DAYS.between(due, today) : 0, last == null ? null : last.reviewId(), null);
    }

    private static ScheduleEntry without(LawFacts law, ScheduleStatus status, LastEvaluation last, String reason) {
        return new ScheduleEntry(law.id(), law.title(), law.type(), law.status(), law.agency(), status, null, null,
                null, 0, last == null ? null : last.reviewId(), reason);
    }
}
