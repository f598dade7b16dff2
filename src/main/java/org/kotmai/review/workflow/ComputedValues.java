package org.kotmai.review.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kotmai.review.formula.Value;

/** Computed values as plain JSON values for storage: numbers stay numbers, dates become ISO text. */
final class ComputedValues {

    private ComputedValues() {
    }

    static Map<String, Object> toJson(Map<String, Value> computed) {
        Map<String, Object> out = new LinkedHashMap<>();
        computed.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(e.getKey(), plain(e.getValue())));
        return out;
    }

    private static Object plain(Value value) {
        if (value instanceof Value.Number n) {
            return n.value();
        }
        if (value instanceof Value.Date d) {
            return d.value().toString();
        }
        return ((Value.Column) value).values();
    }
}
