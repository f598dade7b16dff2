package org.kotmai.review.answer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;

/**
 * Reads raw answers as the types questions expect. Answers arrive from JSON or tests as strings, numbers or
 * booleans, so numbers and ISO dates are accepted both as typed values and as text.
 */
final class AnswerValues {

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
                return new BigDecimal(answer.toString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** @return the date, or null when the answer is not an ISO date */
    static LocalDate date(Object answer) {
        if (answer instanceof LocalDate d) {
            return d;
        }
        if (answer instanceof String s) {
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
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
