package org.kotmai.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kotmai.review.answer.AnswerEvaluator;
import org.kotmai.review.answer.AnswerProblem;
import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.formula.Value;
import org.kotmai.review.template.DecisionRule;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.Warning;
import org.junit.jupiter.api.Test;

class ExPostEvaluationTemplateTest {

    private final Template template = ShippedTemplatesTest.shipped().byId("th_ex_post_evaluation").orElseThrow();
    private final AnswerEvaluator evaluator = new AnswerEvaluator();

    private static Map<String, Object> ongoingLaw() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("law", "sysid-3003");
        answers.put("entry_into_force", "2020-02-29");
        answers.put("law_kind", "ongoing");
        answers.put("interval_years", 5);
        answers.put("triggers", List.of("periodic"));
        answers.put("objectives_met", true);
        answers.put("worth_the_burden", false);
        answers.put("causes_unfairness", false);
        answers.put("findings_summary", "ค่าธรรมเนียมสูงเกินกว่าต้นทุนการให้บริการจริงประมาณสองเท่า");
        answers.put("recommendation", "amend");
        return answers;
    }

    @Test
    void firstEvaluationFallsDueFiveYearsAfterEntryIntoForce() {
        Evaluation evaluation = evaluator.evaluate(template, ongoingLaw());

        assertThat(evaluation.problems()).isEmpty();
        assertThat(evaluation.computed().get("first_evaluation_due")).isEqualTo(Value.of(LocalDate.of(2025, 2, 28)));
        assertThat(evaluation.computed()).doesNotContainKey("next_evaluation_due");
        assertThat(evaluation.decision()).map(DecisionRule::outcome).contains("amend");
    }

    @Test
    void acceptsABuddhistEraDateInThaiDigits() {
        Map<String, Object> answers = ongoingLaw();
        answers.put("entry_into_force", "๒๕๖๓-๐๒-๒๙");

        Evaluation evaluation = evaluator.evaluate(template, answers);

        assertThat(evaluation.problems()).isEmpty();
        assertThat(evaluation.computed().get("first_evaluation_due")).isEqualTo(Value.of(LocalDate.of(2025, 2, 28)));
    }

    @Test
    void impossibleDateIsRejectedWithTheExpectedFormat() {
        Map<String, Object> answers = ongoingLaw();
        answers.put("entry_into_force", "2021-02-29");

        assertThat(evaluator.evaluate(template, answers).problems()).extracting(AnswerProblem::message)
                .containsExactly("'entry_into_force' needs a date written as YYYY-MM-DD (Common or Buddhist Era"
                        + " year), got '2021-02-29'");
    }

    @Test
    void nextEvaluationCountsFromTheLastOne() {
        Map<String, Object> answers = ongoingLaw();
        answers.put("last_evaluation", LocalDate.of(2024, 6, 1));

        assertThat(evaluator.evaluate(template, answers).computed().get("next_evaluation_due"))
                .isEqualTo(Value.of(LocalDate.of(2029, 6, 1)));
    }

    @Test
    void completedOneOffLawIsExemptWithoutFurtherAnswers() {
        Map<String, Object> answers = Map.of("law", "sysid-4004", "entry_into_force", "1999-01-01",
                "law_kind", "one_off_completed");

        Evaluation evaluation = evaluator.evaluate(template, answers);

        assertThat(evaluation.problems()).isEmpty();
        assertThat(evaluation.decision()).map(DecisionRule::outcome).contains("exempt");
    }

    @Test
    void complaintTriggerNeedsDetailsAndCycleMayNotExceedFiveYears() {
        Map<String, Object> answers = ongoingLaw();
        answers.put("triggers", List.of("periodic", "complaint"));
        answers.put("interval_years", 6);

        assertThat(evaluator.evaluate(template, answers).problems()).extracting(AnswerProblem::message)
                .containsExactly("'interval_years' must be at most 5, got 6",
                        "'trigger_details' (Details of the complaint or recommendation) is required");
    }

    @Test
    void keepingALawThatMissesItsObjectivesRaisesAWarning() {
        Map<String, Object> answers = ongoingLaw();
        answers.put("recommendation", "keep");

        Evaluation evaluation = evaluator.evaluate(template, answers);

        assertThat(evaluation.warnings()).extracting(Warning::id).containsExactly("findings_contradict_keep");
        assertThat(evaluation.decision()).map(DecisionRule::outcome).contains("keep");
    }
}
