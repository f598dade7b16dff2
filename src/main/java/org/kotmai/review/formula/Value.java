package org.kotmai.review.formula;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a formula works on: a number, a calendar date, or one column of a table (one number per row). */
public sealed interface Value {

    record Number(BigDecimal value) implements Value {
    }

    record Date(LocalDate value) implements Value {
    }

    record Column(List<BigDecimal> values) implements Value {
        public Column {
            values = List.copyOf(values);
        }
    }

    static Value of(BigDecimal number) {
        return new Number(number);
    }

    static Value of(LocalDate date) {
        return new Date(date);
    }

    default BigDecimal asNumber(String context) {
        if (this instanceof Number n) {
            return n.value();
        }
        throw new FormulaException(context + " needs a number but got " + describe());
    }

    default LocalDate asDate(String context) {
        if (this instanceof Date d) {
            return d.value();
        }
        throw new FormulaException(context + " needs a date but got " + describe());
    }

    default String describe() {
        if (this instanceof Number n) {
            return "the number " + n.value().toPlainString();
        }
        if (this instanceof Date d) {
            return "the date " + d.value();
        }
        return "a table column of " + ((Column) this).values().size() + " rows";
    }
}
