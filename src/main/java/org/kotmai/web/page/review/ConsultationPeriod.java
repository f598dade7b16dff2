package org.kotmai.web.page.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.kotmai.web.BadRequestException;

/**
 * A consultation period as the committee picks it on the review page: whole days in Thailand, from the start of
 * the first day to the end of the last, so that a period of "1 to 15 December" takes comments on all fifteen days.
 */
record ConsultationPeriod(Instant start, Instant end) {

    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    static ConsultationPeriod of(String firstDay, String lastDay) {
        LocalDate first = day(firstDay, "start");
        LocalDate last = day(lastDay, "end");
        if (last.isBefore(first)) {
            throw new BadRequestException("end", "the last day comes before the first; choose a last day on or after "
                    + first);
        }
        return new ConsultationPeriod(first.atStartOfDay(THAILAND).toInstant(),
                last.plusDays(1).atStartOfDay(THAILAND).toInstant());
    }

    /** The day in Thailand a period starting at this instant begins on. */
    static LocalDate firstDay(Instant start) {
        return start.atZone(THAILAND).toLocalDate();
    }

    /** The last day in Thailand a period ending (exclusively) at this instant takes comments on. */
    static LocalDate lastDay(Instant end) {
        return end.minusNanos(1).atZone(THAILAND).toLocalDate();
    }

    /** A date as the date field sends it, year-month-day. */
    private static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException(field, "is missing; choose a day");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field, "'" + text + "' is not a date; choose a day from the calendar or"
                    + " write it as YYYY-MM-DD with the Common Era year, e.g. 2026-12-01");
        }
    }
}
