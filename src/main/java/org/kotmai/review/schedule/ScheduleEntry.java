package org.kotmai.review.schedule;

import java.time.LocalDate;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

/**
 * When one law's next ex-post evaluation is due.
 *
 * @param basis              what the due date counts from, or null without a due date
 * @param countedFrom        the date of that basis
 * @param dueDate            the next evaluation's deadline, or null when exempt, not in force or unknown
 * @param daysOverdue        days past the due date, 0 unless {@link ScheduleStatus#OVERDUE}
 * @param lastEvaluationId   the published ex-post review counted, or null
 * @param reason             why the law is exempt, not in force or unknown; null otherwise
 */
public record ScheduleEntry(String lawId, String title, InstrumentType type, LawStatus lawStatus, String agency,
                            ScheduleStatus status, DateBasis basis, LocalDate countedFrom, LocalDate dueDate,
                            long daysOverdue, String lastEvaluationId, String reason) {
}
