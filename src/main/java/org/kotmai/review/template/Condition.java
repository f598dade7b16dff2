package org.kotmai.review.template;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A test on other answers that decides whether a question is shown or required, whether a warning fires, or
 * which decision rule applies. Values are kept as the strings written in the template; yes/no answers compare as
 * {@code true}/{@code false}.
 */
public sealed interface Condition {

    /** Every question or computed id this condition reads; drives unknown-field and cycle checks. */
    default Set<String> fields() {
        Set<String> out = new LinkedHashSet<>();
        collectFields(out);
        return out;
    }

    void collectFields(Set<String> into);

    /** True when the answer equals the value; for a multiple choice, when the value is among the picks. */
    record Equals(String field, String value) implements Condition {
        @Override
        public void collectFields(Set<String> into) {
            into.add(field);
        }
    }

    /** True when the answer (or any pick of a multiple choice) is one of the values. */
    record In(String field, List<String> values) implements Condition {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public void collectFields(Set<String> into) {
            into.add(field);
        }
    }

    /** True when the field has a non-blank answer, a non-empty table or list, or a computed value. */
    record NotEmpty(String field) implements Condition {
        @Override
        public void collectFields(Set<String> into) {
            into.add(field);
        }
    }

    /** True when the field's number is below the bound; false when the field has no value yet. */
    record LessThan(String field, BigDecimal bound) implements Condition {
        @Override
        public void collectFields(Set<String> into) {
            into.add(field);
        }
    }

    /** True when the field's number is above the bound; false when the field has no value yet. */
    record GreaterThan(String field, BigDecimal bound) implements Condition {
        @Override
        public void collectFields(Set<String> into) {
            into.add(field);
        }
    }

    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public void collectFields(Set<String> into) {
            conditions.forEach(c -> c.collectFields(into));
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public void collectFields(Set<String> into) {
            conditions.forEach(c -> c.collectFields(into));
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public void collectFields(Set<String> into) {
            condition.collectFields(into);
        }
    }
}
