package org.kotmai.review.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kotmai.review.formula.Value;
import org.kotmai.review.template.DecisionRule;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateLoader;
import org.kotmai.review.template.Warning;

/** Runs answers through the synthetic fee_review fixture, which uses every kind of rule once. */
class AnswerEvaluatorTest {

    private final Template template = load();
    private final AnswerEvaluator evaluator = new AnswerEvaluator();

    private static Template load() {
        try {
            Path folder = Path.of(AnswerEvaluatorTest.class.getResource("/review/mixed").toURI());
            return new TemplateLoader().loadFolder(folder).byId("fee_review").orElseThrow();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> answers() {
        Map<String, Object> a = new HashMap<>();
        a.put("name", "ค่าสำเนา");
        a.put("kind", "copy");
        a.put("still_needed", true);
        a.put("payments", List.of(Map.of("amount", 20, "count", 3), Map.of("amount", "15.50", "count", 2)));
        a.put("payers", 4);
        return a;
    }

    private List<String> messages(Map<String, Object> answers) {
        return evaluator.evaluate(template, answers).problems().stream().map(AnswerProblem::message).toList();
    }

    @Test
    void computesRowTotalsSumsAndRoundedDivision() {
        Evaluation evaluation = evaluator.evaluate(template, answers());

        assertThat(evaluation.problems()).isEmpty();
        assertThat(((Value.Number) evaluation.computed().get("grand_total")).value()).isEqualByComparingTo("91");
        assertThat(evaluation.computed().get("per_payer")).isEqualTo(Value.of(new BigDecimal("22.75")));
        assertThat(evaluation.decision()).map(DecisionRule::outcome).contains("keep");
        assertThat(evaluation.isComplete()).isTrue();
    }

    @Test
    void numbersTypedInThaiDigitsCount() {
        Map<String, Object> answers = answers();
        answers.put("payers", "๔");

        assertThat(evaluator.evaluate(template, answers).computed().get("per_payer"))
                .isEqualTo(Value.of(new BigDecimal("22.75")));
    }

    @Test
    void divisionByZeroIsAProblemOnTheComputedValue() {
        Map<String, Object> answers = answers();
        answers.put("payers", 0);

        Evaluation evaluation = evaluator.evaluate(template, answers);

        assertThat(evaluation.problems()).containsExactly(new AnswerProblem("computed", "per_payer",
                "per_payer cannot be computed: division by zero in 'round(grand_total / payers, 2)'"));
        assertThat(evaluation.computed()).containsKey("grand_total").doesNotContainKey("per_payer");
    }

    @Test
    void requireWhenMakesTheReasonMandatoryAndTheDecisionFollows() {
        Map<String, Object> answers = answers();
        answers.put("still_needed", false);
        assertThat(messages(answers)).containsExactly("'reason' (Reason) is required");

        answers.put("reason", "ยกเลิกการคัดสำเนาเพราะใช้ข้อมูลออนไลน์แทน");
        assertThat(evaluator.evaluate(template, answers).decision()).map(DecisionRule::outcome).contains("drop");
    }

    @Test
    void hiddenQuestionIsNeitherRequiredNorChecked() {
        Map<String, Object> answers = answers();
        answers.put("permit_term", 99);
        assertThat(messages(answers)).isEmpty();

        answers.put("kind", "permit");
        assertThat(messages(answers)).containsExactly("'permit_term' must be at most 10, got 99");
    }

    @Test
    void thaiTextLengthCountsCodePoints() {
        Map<String, Object> answers = answers();
        answers.put("name", "ค่าธรรมเนียมรายปี");

        assertThat(messages(answers)).containsExactly("'name' allows at most 10 characters, has 17");
    }

    @Test
    void wrongAnswerTypesAreNamed() {
        Map<String, Object> answers = answers();
        answers.put("kind", "stamp");
        answers.put("still_needed", "yes");
        answers.put("payers", "many");

        assertThat(messages(answers)).containsExactly(
                "'kind': 'stamp' is not one of [permit, copy]",
                "'still_needed' needs a yes/no answer (true or false), got 'yes'",
                "'payers' needs a number, got 'many'");
    }

    @Test
    void tableRowsAreCheckedCellByCellAndCounted() {
        Map<String, Object> answers = answers();
        answers.put("payments", List.of(Map.of("amount", -1, "count", 1), Map.of("count", 1, "note", "x"),
                Map.of("amount", 1, "count", 1), Map.of("amount", 1, "count", 1)));

        assertThat(messages(answers)).containsExactly(
                "'payments' allows at most 3 row(s), has 4",
                "'payments[1].amount' must be at least 0, got -1",
                "'payments[2]' has unknown column 'note'",
                "'payments[2].amount' (Amount) is required");
    }

    @Test
    void warningFiresOnAComputedValue() {
        Map<String, Object> answers = answers();
        answers.put("payers", 0.05);

        assertThat(evaluator.evaluate(template, answers).warnings()).extracting(Warning::id).containsExactly("heavy");
    }

    @Test
    void unknownStepIsAClearError() {
        assertThatThrownBy(() -> evaluator.validateStep(template, "fees", answers()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("template 'fee_review' has no step 'fees' (steps: [basics, money])");
    }
}
