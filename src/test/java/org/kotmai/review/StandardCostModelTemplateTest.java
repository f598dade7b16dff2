package org.kotmai.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kotmai.review.answer.AnswerEvaluator;
import org.kotmai.review.answer.AnswerProblem;
import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.formula.Value;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.Warning;
import org.junit.jupiter.api.Test;

/** The worked example of the reference notes, entered through the template instead of the Java calculator. */
class StandardCostModelTemplateTest {

    private final Template template = ShippedTemplatesTest.shipped().byId("standard_cost_model").orElseThrow();
    private final AnswerEvaluator evaluator = new AnswerEvaluator();

    private static Map<String, Object> row(String activity, String hours, int tariff, int outOfPocket) {
        return Map.of("activity", activity, "population", 60_000, "frequency", 1, "hours", new BigDecimal(hours),
                "tariff", tariff, "out_of_pocket", outOfPocket);
    }

    private static Map<String, Object> workedExample() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("regulation", "sysid-2002");
        answers.put("obligation", "รายงานผลการประกอบกิจการโรงงานประจำปี");
        answers.put("current_activities", List.of(row("paper report (clerk)", "3.0", 150, 200),
                row("paper report (manager)", "1.0", 400, 0)));
        answers.put("proposed_activities", List.of(row("e-filing (clerk)", "1.0", 150, 0),
                row("e-filing (manager)", "0.25", 400, 0)));
        answers.put("discount_rate", "3.5");
        answers.put("years", 10);
        return answers;
    }

    private static BigDecimal number(Evaluation evaluation, String id) {
        return ((Value.Number) evaluation.computed().get(id)).value();
    }

    @Test
    void reproducesTheFactoryReportExample() {
        Evaluation evaluation = evaluator.evaluate(template, workedExample());

        assertThat(evaluation.problems()).isEmpty();
        assertThat(number(evaluation, "current_burden")).isEqualByComparingTo("63000000");
        assertThat(number(evaluation, "current_labour")).isEqualByComparingTo("51000000");
        assertThat(number(evaluation, "proposed_burden")).isEqualByComparingTo("15000000");
        assertThat(number(evaluation, "annual_saving")).isEqualByComparingTo("48000000");
        assertThat(number(evaluation, "labour_saving")).isEqualByComparingTo("36000000");
        assertThat(number(evaluation, "pv_labour_saving")).isEqualByComparingTo("299397791.61");
        List<BigDecimal> perRow = ((Value.Column) evaluation.computed().get("current_activities.annual_cost")).values();
        assertThat(perRow).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("39000000"), new BigDecimal("24000000"));
        assertThat(evaluation.warnings()).isEmpty();
    }

    @Test
    void removingTheObligationEntirelySavesTheWholeBurden() {
        Map<String, Object> answers = workedExample();
        answers.remove("proposed_activities");

        Evaluation evaluation = evaluator.evaluate(template, answers);

        assertThat(evaluation.problems()).isEmpty();
        assertThat(number(evaluation, "annual_saving")).isEqualByComparingTo("63000000");
    }

    @Test
    void warnsWhenTheProposalCostsMore() {
        Map<String, Object> answers = workedExample();
        answers.put("proposed_activities", List.of(row("two copies on paper", "5", 150, 400)));

        assertThat(evaluator.evaluate(template, answers).warnings()).extracting(Warning::id)
                .containsExactly("proposal_costs_more");
    }

    @Test
    void negativeHoursInARowAreReportedWithRowAndColumn() {
        Map<String, Object> answers = workedExample();
        answers.put("current_activities", List.of(row("paper report (clerk)", "-3", 150, 200)));

        assertThat(evaluator.validateStep(template, "activities", answers)).extracting(AnswerProblem::message)
                .containsExactly("'current_activities[1].hours' must be at least 0, got -3");
    }

    @Test
    void presentValueWaitsForTheDiscountRate() {
        Map<String, Object> answers = workedExample();
        answers.remove("discount_rate");

        Evaluation evaluation = evaluator.evaluate(template, answers);

        assertThat(evaluation.computed()).doesNotContainKey("pv_labour_saving").containsKey("current_burden");
        assertThat(evaluation.problems()).extracting(AnswerProblem::field).containsExactly("discount_rate");
    }
}
