package org.kotmai.review.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.Page;
import org.kotmai.web.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/expost")
@Tag(name = "Ex-post evaluation schedule", description = "When each catalogued law's next ex-post evaluation is"
        + " due: every five years (kotmai.expost.cycle-years) from entry into force or from its last published"
        + " ex-post review; repealed laws left out, exempt ones flagged with the reason.")
class ExPostController {

    private static final int MAX_SIZE = 500;

    private final ExPostSchedule schedule;

    ExPostController(ExPostSchedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/schedule")
    @Operation(summary = "Every law's next evaluation, soonest due first")
    Page<ScheduleEntry> schedule(
            @Parameter(description = "true: overdue laws only; false: the others") @RequestParam(required = false)
            Boolean overdue,
            @Parameter(description = "due before this date, e.g. 2027-01-01 (CE)") @RequestParam(required = false)
            String dueBefore,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) InstrumentType type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        checkPage(page, size);
        return schedule.schedule(new ScheduleFilter(overdue, date(dueBefore), blankToNull(agency), type), page,
                size);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Laws whose evaluation is overdue, longest overdue first")
    Page<ScheduleEntry> overdue(@RequestParam(required = false) String agency,
                                @RequestParam(required = false) InstrumentType type,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        checkPage(page, size);
        return schedule.schedule(new ScheduleFilter(true, null, blankToNull(agency), type), page, size);
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new BadRequestException("page", "counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "must be 1 to " + MAX_SIZE);
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("dueBefore", "'" + text + "' is not a date like 2027-01-01 (CE)");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
