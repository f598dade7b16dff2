package org.kotmai.review.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the condition mappings used by showWhen, requireWhen, warnings and decision rules. */
final class ConditionReader {

    private static final Set<String> CONDITION_KEYS = Set.of("when", "equals", "in", "notEmpty", "lessThan",
            "greaterThan", "all", "any", "not");

    private ConditionReader() {
    }

    /** Reads {@code {when: q, equals: v}}, {@code in}, {@code notEmpty}, {@code lessThan}, {@code greaterThan},
     *  or the combinators {@code all}, {@code any}, {@code not}. */
    static Condition read(Node node) {
        YamlMap map = YamlMap.of("condition", node, CONDITION_KEYS);
        if (map.has("all") || map.has("any")) {
            String key = map.has("all") ? "all" : "any";
            requireOnly(map, key);
            List<Condition> parts = new ArrayList<>();
            for (Node part : map.list(key)) {
                parts.add(read(part));
            }
            if (parts.isEmpty()) {
                throw new TemplateSyntaxException(map.line(), "condition: '" + key + "' needs at least one part");
            }
            return key.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
        }
        if (map.has("not")) {
            requireOnly(map, "not");
            return new Condition.Not(read(map.node("not")));
        }
        String field = map.string("when");
        List<String> tests = List.of("equals", "in", "notEmpty", "lessThan", "greaterThan").stream()
                .filter(map::has).toList();
        if (tests.size() != 1) {
            throw new TemplateSyntaxException(map.line(), "condition on '" + field
                    + "': give exactly one of equals, in, notEmpty, lessThan, greaterThan");
        }
        return switch (tests.get(0)) {
            case "equals" -> new Condition.Equals(field, map.string("equals"));
            case "in" -> new Condition.In(field, map.list("in").stream().map(n -> map.scalar("in", n)).toList());
            case "notEmpty" -> {
                if (!map.bool("notEmpty", false)) {
                    throw new TemplateSyntaxException(map.line(), "condition on '" + field
                            + "': write 'notEmpty: true' (use 'not' to test for an empty answer)");
                }
                yield new Condition.NotEmpty(field);
            }
            case "lessThan" -> new Condition.LessThan(field, map.decimal("lessThan", map.node("lessThan")));
            default -> new Condition.GreaterThan(field, map.decimal("greaterThan", map.node("greaterThan")));
        };
    }

    private static void requireOnly(YamlMap map, String key) {
        for (String other : CONDITION_KEYS) {
            if (!other.equals(key) && map.has(other)) {
                throw new TemplateSyntaxException(map.line(), "condition: '" + key + "' cannot be combined with '"
                        + other + "' in the same mapping");
            }
        }
    }
}
