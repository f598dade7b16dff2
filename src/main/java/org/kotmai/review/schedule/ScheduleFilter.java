package org.kotmai.review.schedule;

import java.time.LocalDate;

import org.kotmai.catalog.InstrumentType;

/**
 * Filters of the schedule; every field is optional.
 *
 * @param overdue   true: overdue laws only; false: laws not overdue only
 * @param dueBefore laws whose next evaluation is due before this date (CE)
 * @param agency    agency in charge (exact)
 */
public record ScheduleFilter(Boolean overdue, LocalDate dueBefore, String agency, InstrumentType type) {

    boolean accepts(ScheduleEntry entry) {
        if (overdue != null && overdue != (entry.status() == ScheduleStatus.OVERDUE)) {
            return false;
        }
        return dueBefore == null || entry.dueDate() != null && entry.dueDate().isBefore(dueBefore);
    }
}
