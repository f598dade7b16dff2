package org.kotmai.review.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kotmai.review.formula.Formula;
import org.kotmai.review.formula.FormulaException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns the composed YAML tree of one file into a {@link Template}, stopping at the first shape error. Checks that
 * need the whole template (unknown fields, cycles) are left to {@link TemplateValidator}.
 */
final class TemplateReader {

    private static final Set<String> TEMPLATE_KEYS = Set.of("id", "version", "jurisdiction", "title", "sources",
            "steps", "computed", "warnings", "decisions", "report");
    private static final Set<String> TEXT_KEYS = Set.of("th", "en");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "act", "section", "guideline", "verified");
    private static final Set<String> STEP_KEYS = Set.of("id", "title", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "text", "source", "required", "showWhen",
            "requireWhen", "validation", "options", "columns", "computed");
    private static final Set<String> VALIDATION_KEYS = Set.of("min", "max", "minLength", "maxLength", "minItems",
            "maxItems");
    private static final Set<String> CHOICE_KEYS = Set.of("value", "th", "en");
    private static final Set<String> COMPUTED_KEYS = Set.of("id", "label", "formula");
    private static final Set<String> WARNING_KEYS = Set.of("id", "when", "message");
    private static final Set<String> DECISION_KEYS = Set.of("outcome", "label", "when", "otherwise");
    private static final Set<String> SECTION_KEYS = Set.of("title", "include");

    private final String file;
    private Map<String, SourceRef> sources = Map.of();

    private TemplateReader(String file) {
        this.file = file;
    }

    /** @throws TemplateSyntaxException naming the line of the first node with the wrong shape */
    static Template read(Node root, String file) {
        return new TemplateReader(file).template(root);
    }

    private Template template(Node root) {
        YamlMap map = YamlMap.of("template", root, TEMPLATE_KEYS);
        sources = sources(map);
        String id = map.id("id");
        int version = map.integer("version");
        String jurisdiction = map.string("jurisdiction");
        LocalizedText title = text(map, "title");
        List<Step> steps = new ArrayList<>();
        for (Node node : map.list("steps")) {
            steps.add(step(node));
        }
        if (steps.isEmpty()) {
            throw new TemplateSyntaxException(map.line(), "template: needs at least one step under 'steps'");
        }
        List<Computed> computed = new ArrayList<>();
        for (Node node : map.list("computed")) {
            computed.add(computed(node));
        }
        List<Warning> warnings = new ArrayList<>();
        for (Node node : map.list("warnings")) {
            warnings.add(warning(node));
        }
        List<DecisionRule> decisions = new ArrayList<>();
        for (Node node : map.list("decisions")) {
            decisions.add(decision(node));
        }
        List<ReportSection> report = new ArrayList<>();
        for (Node node : map.list("report")) {
            report.add(section(node));
        }
        return new Template(id, version, jurisdiction, title, sources, steps, computed, warnings, decisions, report,
                file);
    }

    private Map<String, SourceRef> sources(YamlMap template) {
        Map<String, SourceRef> out = new LinkedHashMap<>();
        for (Node node : template.list("sources")) {
            YamlMap map = YamlMap.of("source", node, SOURCE_KEYS);
            if (!map.has("verified")) {
                throw new TemplateSyntaxException(map.line(), "source: state 'verified: true' only if the wording "
                        + "was checked against the official text, otherwise 'verified: false'");
            }
            SourceRef ref = new SourceRef(map.id("id"), map.string("act"), map.optionalString("section", ""),
                    map.optionalString("guideline", ""), map.bool("verified", false));
            if (out.put(ref.id(), ref) != null) {
                throw new TemplateSyntaxException(map.line(), "source: id '" + ref.id() + "' is used twice");
            }
        }
        return out;
    }

    private LocalizedText text(YamlMap parent, String key) {
        YamlMap map = YamlMap.of(parent.what() + " " + key, parent.node(key), TEXT_KEYS);
        return new LocalizedText(map.string("th"), map.string("en"));
    }

    private Step step(Node node) {
        YamlMap map = YamlMap.of("step", node, STEP_KEYS);
        String id = map.id("id");
        List<Question> questions = new ArrayList<>();
        for (Node q : map.list("questions")) {
            questions.add(question(q, false));
        }
        if (questions.isEmpty()) {
            throw new TemplateSyntaxException(map.line(), "step '" + id + "': needs at least one question");
        }
        return new Step(id, text(map, "title"), questions, map.line());
    }

    private Question question(Node node, boolean insideTable) {
        YamlMap map = YamlMap.of(insideTable ? "table column" : "question", node, QUESTION_KEYS);
        String id = map.id("id");
        String typeName = map.string("type");
        QuestionType type = QuestionType.fromYaml(typeName).orElseThrow(() -> new TemplateSyntaxException(
                YamlMap.lineOf(map.node("type")), "question '" + id + "': unknown question type '" + typeName
                + "' (known: " + QuestionType.yamlNames() + ")"));
        if (insideTable && type == QuestionType.TABLE) {
            throw new TemplateSyntaxException(map.line(), "table column '" + id + "': tables cannot be nested");
        }
        String sourceId = map.string("source");
        SourceRef source = sources.get(sourceId);
        if (source == null) {
            throw new TemplateSyntaxException(YamlMap.lineOf(map.node("source")), "question '" + id
                    + "': source '" + sourceId + "' is not listed under 'sources' (known: "
                    + String.join(", ", sources.keySet()) + ")");
        }
        List<Choice> options = choices(map, id, type);
        List<Question> columns = new ArrayList<>();
        List<Computed> rowComputed = new ArrayList<>();
        if (type == QuestionType.TABLE) {
            for (Node column : map.list("columns")) {
                columns.add(question(column, true));
            }
            for (Node computed : map.list("computed")) {
                rowComputed.add(computed(computed));
            }
            if (columns.isEmpty()) {
                throw new TemplateSyntaxException(map.line(), "table '" + id + "': needs at least one column");
            }
        } else if (map.has("columns") || map.has("computed")) {
            throw new TemplateSyntaxException(map.line(), "question '" + id
                    + "': 'columns' and 'computed' belong to table questions only");
        }
        return new Question(id, type, text(map, "text"), source, map.bool("required", false),
                optionalCondition(map, "showWhen"), optionalCondition(map, "requireWhen"), validation(map),
                options, columns, rowComputed, map.line());
    }

    private List<Choice> choices(YamlMap question, String id, QuestionType type) {
        List<Choice> out = new ArrayList<>();
        for (Node node : question.list("options")) {
            YamlMap map = YamlMap.of("option", node, CHOICE_KEYS);
            out.add(new Choice(map.string("value"), new LocalizedText(map.string("th"), map.string("en"))));
        }
        if (type.hasOptions() && out.isEmpty()) {
            throw new TemplateSyntaxException(question.line(), "question '" + id + "': a " + type.yamlName()
                    + " question needs 'options'");
        }
        if (!type.hasOptions() && !out.isEmpty()) {
            throw new TemplateSyntaxException(question.line(), "question '" + id + "': only choice questions "
                    + "take 'options'");
        }
        return out;
    }

    private Validation validation(YamlMap question) {
        if (!question.has("validation")) {
            return Validation.NONE;
        }
        YamlMap map = YamlMap.of("validation", question.node("validation"), VALIDATION_KEYS);
        return new Validation(map.optionalDecimal("min"), map.optionalDecimal("max"),
                map.optionalInteger("minLength"), map.optionalInteger("maxLength"),
                map.optionalInteger("minItems"), map.optionalInteger("maxItems"));
    }

    private Computed computed(Node node) {
        YamlMap map = YamlMap.of("computed value", node, COMPUTED_KEYS);
        String id = map.id("id");
        Node formulaNode = map.node("formula");
        String source = map.scalar("formula", formulaNode);
        try {
            return new Computed(id, text(map, "label"), Formula.parse(source), map.line());
        } catch (FormulaException e) {
            throw new TemplateSyntaxException(YamlMap.lineOf(formulaNode), "computed value '" + id + "': "
                    + e.getMessage());
        }
    }

    private Warning warning(Node node) {
        YamlMap map = YamlMap.of("warning", node, WARNING_KEYS);
        return new Warning(map.id("id"), ConditionReader.read(map.node("when")), text(map, "message"), map.line());
    }

    private DecisionRule decision(Node node) {
        YamlMap map = YamlMap.of("decision", node, DECISION_KEYS);
        boolean otherwise = map.bool("otherwise", false);
        if (otherwise == map.has("when")) {
            throw new TemplateSyntaxException(map.line(), "decision '" + map.optionalString("outcome", "?")
                    + "': give either 'when' or 'otherwise: true'");
        }
        return new DecisionRule(map.id("outcome"), text(map, "label"), otherwise ? null : ConditionReader.read(map.node("when")),
                map.line());
    }

    private ReportSection section(Node node) {
        YamlMap map = YamlMap.of("report section", node, SECTION_KEYS);
        List<String> include = new ArrayList<>();
        for (Node item : map.list("include")) {
            include.add(map.scalar("include", item));
        }
        return new ReportSection(text(map, "title"), include, map.line());
    }

    private Condition optionalCondition(YamlMap parent, String key) {
        return parent.has(key) ? ConditionReader.read(parent.node(key)) : null;
    }
}
