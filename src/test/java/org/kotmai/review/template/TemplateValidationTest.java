package org.kotmai.review.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each case writes one small template whose body (from line 9 on) breaks one rule, and checks the exact problem.
 * The shared header keeps line numbers predictable: the first body line is line 9.
 */
class TemplateValidationTest {

    private static final String HEADER = """
            id: probe
            version: 1
            jurisdiction: TH
            title: {th: "ทดสอบ", en: "Probe"}
            sources:
              - {id: s, act: Synthetic, verified: false}
            steps:
              - id: only
            """;

    @TempDir
    Path dir;

    private List<TemplateProblem> problemsOf(String body) throws IOException {
        Files.writeString(dir.resolve("probe.yaml"), HEADER + body);
        LoadedTemplates loaded = new TemplateLoader().loadFolder(dir);
        assertThat(loaded.templates()).as("a template with problems must not load").isEmpty();
        return loaded.problems();
    }

    private static String question(String id, String type, String extra) {
        return "      - id: " + id + "\n        type: " + type + "\n        text: {th: \"ข้อ\", en: \"Q\"}\n"
                + "        source: s\n" + extra;
    }

    private static final String STEP = "    title: {th: \"ขั้น\", en: \"Step\"}\n    questions:\n";

    @Test
    void misspelledKeyIsNamedWithTheAllowedKeys() throws IOException {
        assertThat(problemsOf(STEP + question("a", "text", "        requried: true\n")))
                .containsExactly(new TemplateProblem("probe.yaml", 15, "question: unknown key 'requried' (allowed: "
                        + "columns, computed, id, options, requireWhen, required, showWhen, source, text, type,"
                        + " validation)"));
    }

    @Test
    void formulasThatDependOnEachOtherFormACycle() throws IOException {
        String body = STEP + question("a", "number", "") + """
                computed:
                  - {id: x, label: {th: "x", en: "x"}, formula: y + a}
                  - {id: y, label: {th: "y", en: "y"}, formula: x * 2}
                """;
        assertThat(problemsOf(body)).containsExactly(new TemplateProblem("probe.yaml", 16,
                "cycle in conditions or formulas: x -> y -> x (each depends on the next; break one link)"));
    }

    @Test
    void questionThatHidesBehindItselfIsACycle() throws IOException {
        assertThat(problemsOf(STEP + question("a", "text", "        showWhen: {when: a, notEmpty: true}\n")))
                .extracting(TemplateProblem::reason)
                .containsExactly("cycle in conditions or formulas: a -> a (each depends on the next; break one link)");
    }

    @Test
    void conditionValueMustBeAnOptionOfTheChoiceQuestion() throws IOException {
        String body = STEP + question("kind", "single_choice", "        options:\n"
                + "          - {value: permit, th: \"อนุญาต\", en: \"Permit\"}\n")
                + question("term", "number", "        showWhen: {when: kind, equals: licence}\n");
        assertThat(problemsOf(body)).containsExactly(new TemplateProblem("probe.yaml", 17,
                "showWhen of 'term': 'licence' is not an option of 'kind'"));
    }

    @Test
    void yesNoQuestionCannotEqualAnythingButTrueOrFalse() throws IOException {
        String body = STEP + question("ok", "yes_no", "") + question("why", "text",
                "        requireWhen: {when: ok, equals: maybe}\n");
        assertThat(problemsOf(body)).extracting(TemplateProblem::reason).containsExactly(
                "requireWhen of 'why': yes/no question 'ok' can only equal true or false, not 'maybe'");
    }

    @Test
    void formulaMayOnlyReadNumbersDatesAndNumericTableColumns() throws IOException {
        String body = STEP + question("name", "text", "") + question("rows", "table", """
                        columns:
                          - {id: label, type: text, text: {th: "ป", en: "L"}, source: s}
                """) + """
                computed:
                  - {id: x, label: {th: "x", en: "x"}, formula: name + sum(rows.label) + sum(rows.missing)}
                """;
        assertThat(problemsOf(body)).extracting(TemplateProblem::reason).containsExactly(
                "formula of 'x' names unknown field 'name' (formula: name + sum(rows.label) + sum(rows.missing))",
                "formula of 'x' names unknown field 'rows.label' (formula: name + sum(rows.label) + sum(rows.missing))",
                "formula of 'x' names unknown field 'rows.missing' (formula: name + sum(rows.label) + sum(rows.missing))");
    }

    @Test
    void formulaSyntaxErrorPointsAtTheFormulaLine() throws IOException {
        String body = STEP + question("a", "number", "") + """
                computed:
                  - id: x
                    label: {th: "x", en: "x"}
                    formula: a * (2 + 
                """;
        assertThat(problemsOf(body)).containsExactly(new TemplateProblem("probe.yaml", 18,
                "computed value 'x': formula ends too early at column 9 in 'a * (2 +'"));
    }

    @Test
    void questionMustNameAListedSource() throws IOException {
        String body = STEP + "      - {id: a, type: text, text: {th: \"ข\", en: \"Q\"}, source: nowhere}\n";
        assertThat(problemsOf(body)).containsExactly(new TemplateProblem("probe.yaml", 11,
                "question 'a': source 'nowhere' is not listed under 'sources' (known: s)"));
    }

    @Test
    void ruleAfterOtherwiseCanNeverApply() throws IOException {
        String body = STEP + question("ok", "yes_no", "") + """
                decisions:
                  - {outcome: keep, label: {th: "ค", en: "Keep"}, otherwise: true}
                  - {outcome: drop, label: {th: "ย", en: "Drop"}, when: {when: ok, equals: false}}
                """;
        assertThat(problemsOf(body)).containsExactly(new TemplateProblem("probe.yaml", 17,
                "decision 'drop' can never apply: it comes after the 'otherwise' rule"));
    }

    @Test
    void duplicateIdsRangesAndReportItemsAreAllReportedTogether() throws IOException {
        String body = STEP + question("a", "number", "        validation: {min: 5, max: 1}\n")
                + question("a", "text", "") + """
                report:
                  - {title: {th: "ร", en: "Report"}, include: [a, decision, ghost]}
                """;
        assertThat(problemsOf(body)).extracting(TemplateProblem::reason).containsExactly(
                "id 'a' is already used by another question or computed value",
                "question 'a': min 5 is above max 1",
                "report section 'Report' includes unknown item 'decision'",
                "report section 'Report' includes unknown item 'ghost'");
    }

    @Test
    void decisionIsAReservedId() throws IOException {
        assertThat(problemsOf(STEP + question("decision", "text", ""))).containsExactly(new TemplateProblem(
                "probe.yaml", 11, "id 'decision' is reserved for the decision in report sections; choose another id"));
    }
}
