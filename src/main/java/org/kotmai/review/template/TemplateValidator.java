package org.kotmai.review.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whole-template checks that the reader cannot make node by node: duplicate ids, formulas and conditions naming
 * fields that do not exist, show/require conditions and formulas that depend on each other in a cycle, and report
 * sections listing unknown items. All problems of a file are collected so an author can fix them in one pass.
 */
final class TemplateValidator {

    static final String DECISION_ITEM = "decision";

    private final Template template;
    private final List<TemplateProblem> problems = new ArrayList<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, Computed> computed = new LinkedHashMap<>();
    /** Over top-level question and computed ids; a reference to a table column counts as one to its table. */
    private final DependencyGraph graph = new DependencyGraph();
    private final Map<String, Integer> lineOf = new LinkedHashMap<>();

    private TemplateValidator(Template template) {
        this.template = template;
    }

    static List<TemplateProblem> validate(Template template) {
        TemplateValidator validator = new TemplateValidator(template);
        validator.run();
        return List.copyOf(validator.problems);
    }

    private void run() {
        collectIds();
        template.questions().forEach(this::checkQuestion);
        template.computed().forEach(c -> checkFormula(c, null));
        for (Warning warning : template.warnings()) {
            checkCondition(warning.when(), "warning '" + warning.id() + "'", warning.line(), null);
        }
        checkDecisions();
        checkReport();
        findCycle();
    }

    private void collectIds() {
        Set<String> stepIds = new HashSet<>();
        for (Step step : template.steps()) {
            if (!stepIds.add(step.id())) {
                problem(step.line(), "step id '" + step.id() + "' is used twice");
            }
        }
        template.questions().forEach(q -> register(q.id(), q.line(), () -> questions.put(q.id(), q)));
        template.computed().forEach(c -> register(c.id(), c.line(), () -> computed.put(c.id(), c)));
    }

    private void register(String id, int line, Runnable add) {
        if (id.equals(DECISION_ITEM)) {
            problem(line, "id 'decision' is reserved for the decision in report sections; choose another id");
            return;
        }
        if (questions.containsKey(id) || computed.containsKey(id)) {
            problem(line, "id '" + id + "' is already used by another question or computed value");
            return;
        }
        add.run();
        lineOf.put(id, line);
        graph.addNode(id);
    }

    private void checkQuestion(Question q) {
        checkValidation(q);
        checkCondition(q.showWhen(), "showWhen of '" + q.id() + "'", q.line(), null);
        checkCondition(q.requireWhen(), "requireWhen of '" + q.id() + "'", q.line(), null);
        addEdges(q.id(), q.showWhen(), null);
        addEdges(q.id(), q.requireWhen(), null);
        if (q.type() != QuestionType.TABLE) {
            return;
        }
        Set<String> columnIds = new HashSet<>();
        for (Question column : q.columns()) {
            if (!columnIds.add(column.id())) {
                problem(column.line(), "table '" + q.id() + "': column id '" + column.id() + "' is used twice");
            }
            checkValidation(column);
            checkCondition(column.showWhen(), "showWhen of '" + q.id() + "." + column.id() + "'", column.line(), q);
            checkCondition(column.requireWhen(), "requireWhen of '" + q.id() + "." + column.id() + "'",
                    column.line(), q);
            addEdges(q.id(), column.showWhen(), q);
            addEdges(q.id(), column.requireWhen(), q);
        }
        for (Computed rowValue : q.rowComputed()) {
            if (!columnIds.add(rowValue.id())) {
                problem(rowValue.line(), "table '" + q.id() + "': id '" + rowValue.id() + "' is used twice");
            }
        }
        q.rowComputed().forEach(rowValue -> checkFormula(rowValue, q));
    }

    private void checkValidation(Question q) {
        Validation v = q.validation();
        if ((v.min() != null || v.max() != null) && !q.type().isNumeric()) {
            problem(q.line(), "question '" + q.id() + "': min/max apply to number and money questions only");
        }
        if ((v.minLength() != null || v.maxLength() != null) && !q.type().isTextual()) {
            problem(q.line(), "question '" + q.id() + "': minLength/maxLength apply to text questions only");
        }
        if ((v.minItems() != null || v.maxItems() != null)
                && q.type() != QuestionType.TABLE && q.type() != QuestionType.MULTIPLE_CHOICE) {
            problem(q.line(), "question '" + q.id() + "': minItems/maxItems apply to tables and multiple choice");
        }
        if (v.min() != null && v.max() != null && v.min().compareTo(v.max()) > 0) {
            problem(q.line(), "question '" + q.id() + "': min " + v.min() + " is above max " + v.max());
        }
    }

    /** @param table the table whose sibling columns a column condition or row formula may also name */
    private void checkFormula(Computed value, Question table) {
        String owner = table == null ? value.id() : table.id();
        for (String ref : value.formula().references()) {
            if (table != null && isRowField(table, ref)) {
                continue;
            }
            Optional<String> node = resolveFormulaReference(ref);
            if (node.isEmpty()) {
                problem(value.line(), "formula of '" + value.id() + "' names unknown field '" + ref
                        + "' (formula: " + value.formula().source() + ")");
            } else {
                graph.addEdge(owner, node.get());
            }
        }
    }

    private static boolean isRowField(Question table, String name) {
        return table.column(name).isPresent() || table.rowComputed().stream().anyMatch(c -> c.id().equals(name));
    }

    /** Maps a formula reference to its graph node, or empty when it names nothing usable in arithmetic. */
    private Optional<String> resolveFormulaReference(String ref) {
        int dot = ref.indexOf('.');
        if (dot < 0) {
            if (computed.containsKey(ref)) {
                return Optional.of(ref);
            }
            Question q = questions.get(ref);
            boolean usable = q != null && (q.type().isNumeric() || q.type() == QuestionType.DATE);
            return usable ? Optional.of(ref) : Optional.empty();
        }
        Question table = questions.get(ref.substring(0, dot));
        String column = ref.substring(dot + 1);
        if (table == null || table.type() != QuestionType.TABLE || column.contains(".")) {
            return Optional.empty();
        }
        boolean numericColumn = table.column(column).map(c -> c.type().isNumeric()).orElse(false)
                || table.rowComputed().stream().anyMatch(c -> c.id().equals(column));
        return numericColumn ? Optional.of(table.id()) : Optional.empty();
    }

    private void checkCondition(Condition condition, String where, int line, Question table) {
        if (condition == null) {
            return;
        }
        for (String field : condition.fields()) {
            if (table != null && isRowField(table, field)) {
                continue;
            }
            if (!questions.containsKey(field) && !computed.containsKey(field)) {
                problem(line, where + " names unknown field '" + field + "'");
            }
        }
        checkValues(condition, where, line, table);
    }

    /** Comparing a choice or yes/no answer with a value it can never take is a silent bug; catch it at load. */
    private void checkValues(Condition condition, String where, int line, Question table) {
        if (condition instanceof Condition.Equals eq) {
            checkValue(eq.field(), eq.value(), where, line, table);
        } else if (condition instanceof Condition.In in) {
            in.values().forEach(v -> checkValue(in.field(), v, where, line, table));
        } else if (condition instanceof Condition.All all) {
            all.conditions().forEach(c -> checkValues(c, where, line, table));
        } else if (condition instanceof Condition.Any any) {
            any.conditions().forEach(c -> checkValues(c, where, line, table));
        } else if (condition instanceof Condition.Not not) {
            checkValues(not.condition(), where, line, table);
        }
    }

    private void checkValue(String field, String value, String where, int line, Question table) {
        Question q = table != null && table.column(field).isPresent() ? table.column(field).get()
                : questions.get(field);
        if (q == null) {
            return;
        }
        if (q.type() == QuestionType.YES_NO && !value.equals("true") && !value.equals("false")) {
            problem(line, where + ": yes/no question '" + field + "' can only equal true or false, not '"
                    + value + "'");
        }
        if (q.type().hasOptions() && q.options().stream().noneMatch(c -> c.value().equals(value))) {
            problem(line, where + ": '" + value + "' is not an option of '" + field + "'");
        }
    }

    private void addEdges(String from, Condition condition, Question table) {
        if (condition == null) {
            return;
        }
        for (String field : condition.fields()) {
            if (table == null || !isRowField(table, field)) {
                graph.addEdge(from, field);
            }
        }
    }

    private void checkDecisions() {
        List<DecisionRule> rules = template.decisions();
        for (int i = 0; i < rules.size(); i++) {
            DecisionRule rule = rules.get(i);
            if (rule.when() == null && i < rules.size() - 1) {
                problem(rules.get(i + 1).line(), "decision '" + rules.get(i + 1).outcome()
                        + "' can never apply: it comes after the 'otherwise' rule");
            }
            checkCondition(rule.when(), "decision '" + rule.outcome() + "'", rule.line(), null);
        }
    }

    private void checkReport() {
        for (ReportSection section : template.report()) {
            for (String item : section.include()) {
                boolean known = questions.containsKey(item) || computed.containsKey(item)
                        || (item.equals(DECISION_ITEM) && !template.decisions().isEmpty());
                if (!known) {
                    problem(section.line(), "report section '" + section.title().en() + "' includes unknown item '"
                            + item + "'");
                }
            }
        }
    }

    private void findCycle() {
        graph.findCycle().ifPresent(cycle -> problem(lineOf.get(cycle.get(0)), "cycle in conditions or formulas: "
                + String.join(" -> ", cycle) + " (each depends on the next; break one link)"));
    }

    private void problem(int line, String reason) {
        problems.add(new TemplateProblem(template.file(), line, reason));
    }
}
