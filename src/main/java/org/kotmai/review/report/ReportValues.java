package org.kotmai.review.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kotmai.review.template.Choice;
import org.kotmai.review.template.Question;
import org.kotmai.thai.ThaiDates;

/**
 * Writes stored answers and computed values as the text a reader of the report expects: choice labels instead of
 * their codes, grouped numbers, baht with two decimals, Thai dates with BE years, law titles instead of ids.
 */
final class ReportValues {

    static final String NONE = "—";

    private final Function<String, String> lawTitles;

    /** @param lawTitles the catalog title of a law id, or null when the catalog has no such law */
    ReportValues(Function<String, String> lawTitles) {
        this.lawTitles = lawTitles;
    }

    String answer(Question question, Object value) {
        if (value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()) {
            return NONE;
        }
        return switch (question.type()) {
            case YES_NO -> value instanceof Boolean b ? (b ? "ใช่ (yes)" : "ไม่ใช่ (no)") : value.toString();
            case SINGLE_CHOICE -> choice(question, value);
            case MULTIPLE_CHOICE -> value instanceof Collection<?> c
                    ? c.stream().map(v -> choice(question, v)).collect(Collectors.joining(", "))
                    : choice(question, value);
            case NUMBER -> number(value);
            case MONEY -> money(value);
            case DATE -> date(value.toString());
            case LAW_REFERENCE -> law(value.toString());
            case TABLE -> value instanceof Collection<?> c ? c.size() + " rows" : value.toString();
            default -> value.toString();
        };
    }

    /** Computed values carry no unit, so they are written as plain numbers; dates as Thai dates. */
    String computed(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Number) {
            return number(value);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::computed).collect(Collectors.joining(", "));
        }
        return date(value.toString());
    }

    /** The cells of one table row: its columns, then its per-row computed values. */
    List<String> row(Question table, Map<?, ?> row, List<Object> rowComputed) {
        List<String> cells = new ArrayList<>();
        for (Question column : table.columns()) {
            cells.add(answer(column, row.get(column.id())));
        }
        rowComputed.forEach(v -> cells.add(computed(v)));
        return cells;
    }

    private static String choice(Question question, Object value) {
        return question.options().stream().filter(o -> o.value().equals(value.toString())).findFirst()
                .map(Choice::label).map(l -> l.th()).orElse(value.toString());
    }

    private static String number(Object value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return decimal(value).map(format::format).orElse(value.toString());
    }

    private static String money(Object value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return decimal(value).map(d -> format.format(d) + " บาท").orElse(value.toString());
    }

    private static Optional<BigDecimal> decimal(Object value) {
        try {
            return Optional.of(new BigDecimal(value.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String date(String iso) {
        try {
            return ThaiDates.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private String law(String id) {
        String title = lawTitles.apply(id);
        return title == null ? id : title + " (" + id + ")";
    }
}
