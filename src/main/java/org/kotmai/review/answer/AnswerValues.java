package org.kotmai.review.answer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kotmai.thai.BuddhistEra;
import org.kotmai.thai.ThaiDigits;

/**
 * Reads raw answers as the types questions expect. Answers arrive from JSON or tests as strings, numbers or
 * booleans, so numbers and ISO dates are accepted both as typed values and as text. Thai officials type Thai
 * digits and Buddhist Era years, so text answers go through the Thai rules of {@code org.kotmai.thai} first.
 */
final class AnswerValues {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private AnswerValues() {
    }

    /** @return the number, or null when the answer is not a number */
    static BigDecimal number(Object answer) {
        if (answer instanceof BigDecimal d) {
            return d;
        }
        if (answer instanceof Number || answer instanceof String) {
            try {
                // via toString so that a double such as 0.1 keeps its decimal meaning, not its binary expansion
                return new BigDecimal(ThaiDigits.toArabic(answer.toString().trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * @return the date, or null when the answer is not a date written year-month-day; a year in the Buddhist Era
     *         range is converted, so 2569-03-01 and 2026-03-01 are the same day
     */
    static LocalDate date(Object answer) {
        if (answer instanceof LocalDate d) {
            return d;
        }
        if (!(answer instanceof String s)) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(ThaiDigits.toArabic(s.trim()));
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int be = BuddhistEra.asBe(year);
        if (be < 0) {
            return null;
        }
        try {
            // the day is checked against the Common Era year: 29 February 2567 BE exists because 2024 CE is leap
            return LocalDate.of(BuddhistEra.toCe(be), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean isEmpty(Object answer) {
        if (answer == null) {
            return true;
        }
        if (answer instanceof String s) {
            return s.isBlank();
        }
        if (answer instanceof Collection<?> c) {
            return c.isEmpty();
        }
        return answer instanceof Map<?, ?> m && m.isEmpty();
    }

    /** Canonical text used when a condition compares an answer with a value written in the template. */
    static String text(Object answer) {
        if (answer instanceof Number) {
            BigDecimal n = number(answer);
            return n == null ? answer.toString() : n.stripTrailingZeros().toPlainString();
        }
        return answer.toString().trim();
    }
}
