package org.kotmai.review.template;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, line-aware access to one YAML mapping node. Unknown and duplicate keys are errors so that a typo such as
 * {@code requried: true} fails loudly instead of silently making a question optional.
 */
final class YamlMap {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final String what;
    private final int line;
    private final Map<String, Node> entries = new LinkedHashMap<>();

    private YamlMap(String what, MappingNode node, Set<String> allowedKeys) {
        this.what = what;
        this.line = lineOf(node);
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                throw new TemplateSyntaxException(lineOf(keyNode), what + ": keys must be plain words");
            }
            String key = scalarKey.getValue();
            if (!allowedKeys.contains(key)) {
                throw new TemplateSyntaxException(lineOf(keyNode), what + ": unknown key '" + key
                        + "' (allowed: " + String.join(", ", allowedKeys.stream().sorted().toList()) + ")");
            }
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw new TemplateSyntaxException(lineOf(keyNode), what + ": key '" + key + "' appears twice");
            }
        }
    }

    static YamlMap of(String what, Node node, Set<String> allowedKeys) {
        if (!(node instanceof MappingNode mapping)) {
            throw new TemplateSyntaxException(lineOf(node), what + " must be a mapping of key: value");
        }
        return new YamlMap(what, mapping, allowedKeys);
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    int line() {
        return line;
    }

    String what() {
        return what;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Node node(String key) {
        Node node = entries.get(key);
        if (node == null) {
            throw new TemplateSyntaxException(line, what + ": missing required key '" + key + "'");
        }
        return node;
    }

    String string(String key) {
        return scalar(key, node(key));
    }

    String optionalString(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    String id(String key) {
        String value = string(key);
        if (!ID.matcher(value).matches()) {
            throw new TemplateSyntaxException(lineOf(node(key)), what + ": '" + value + "' is not a valid "
                    + key + " (use letters, digits and _, starting with a letter)");
        }
        return value;
    }

    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        Node node = node(key);
        String value = scalar(key, node);
        if (!Tag.BOOL.equals(node.getTag())) {
            throw new TemplateSyntaxException(lineOf(node), what + ": '" + key + "' must be true or false, got '"
                    + value + "'");
        }
        return Boolean.parseBoolean(normalisedScalar((ScalarNode) node));
    }

    int integer(String key) {
        Node node = node(key);
        try {
            return Integer.parseInt(scalar(key, node));
        } catch (NumberFormatException e) {
            throw new TemplateSyntaxException(lineOf(node), what + ": '" + key + "' must be a whole number");
        }
    }

    Integer optionalInteger(String key) {
        return has(key) ? integer(key) : null;
    }

    BigDecimal optionalDecimal(String key) {
        return has(key) ? decimal(key, node(key)) : null;
    }

    BigDecimal decimal(String key, Node node) {
        String value = scalar(key, node);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new TemplateSyntaxException(lineOf(node), what + ": '" + key + "' must be a number, got '"
                    + value + "'");
        }
    }

    List<Node> list(String key) {
        return has(key) ? sequence(key, node(key)) : List.of();
    }

    List<Node> sequence(String key, Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            throw new TemplateSyntaxException(lineOf(node), what + ": '" + key + "' must be a list");
        }
        return sequence.getValue();
    }

    String scalar(String key, Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new TemplateSyntaxException(lineOf(node), what + ": '" + key + "' must be a single value");
        }
        String value = normalisedScalar(scalar);
        if (value.isBlank()) {
            throw new TemplateSyntaxException(lineOf(node), what + ": '" + key + "' must not be empty");
        }
        return value;
    }

    /** YAML 1.1 reads yes/no/on/off as booleans; store them the way yes/no answers are compared. */
    static String normalisedScalar(ScalarNode scalar) {
        if (Tag.BOOL.equals(scalar.getTag())) {
            String v = scalar.getValue().toLowerCase(java.util.Locale.ROOT);
            return Boolean.toString(v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
        }
        return scalar.getValue();
    }
}
