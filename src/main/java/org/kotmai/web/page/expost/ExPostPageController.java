package org.kotmai.web.page.expost;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.Page;
import org.kotmai.review.schedule.ExPostSchedule;
import org.kotmai.review.schedule.ScheduleEntry;
import org.kotmai.review.schedule.ScheduleFilter;
import org.kotmai.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ex-post evaluations due, soonest first, so overdue laws lead the list; filters by overdue, agency, type and
 * due date. Public, as the schedule itself is.
 */
@Controller
class ExPostPageController {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_PAGE = 10_000;

    private final ExPostSchedule schedule;

    ExPostPageController(ExPostSchedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/expost")
    String due(@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String agency,
               @RequestParam(required = false) InstrumentType type, @RequestParam(required = false) String dueBefore,
               @RequestParam(defaultValue = "0") int page, Model model) {
        if (page < 0 || page > MAX_PAGE) {
            throw new BadRequestException("page", "counts from 0 up to " + MAX_PAGE);
        }
        String chosenAgency = agency == null || agency.isBlank() ? null : agency.strip();
        Page<ScheduleEntry> entries = schedule.schedule(new ScheduleFilter(overdue, date(dueBefore), chosenAgency,
                type), page, PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("overdue", overdue);
        model.addAttribute("agency", chosenAgency == null ? "" : chosenAgency);
        model.addAttribute("type", type);
        model.addAttribute("dueBefore", dueBefore == null ? "" : dueBefore.strip());
        model.addAttribute("types", InstrumentType.values());
        model.addAttribute("page", page);
        model.addAttribute("pages", (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "expost/due";
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("dueBefore", "is not a date like 2027-01-01 (CE); pick one in the form");
        }
    }
}
