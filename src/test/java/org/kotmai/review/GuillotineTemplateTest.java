package org.kotmai.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.kotmai.review.answer.AnswerEvaluator;
import org.kotmai.review.answer.AnswerProblem;
import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.calc.GuillotineAssessment;
import org.kotmai.review.calc.GuillotineRule;
import org.kotmai.review.template.DecisionRule;
import org.kotmai.review.template.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuillotineTemplateTest {

    private final Template template = ShippedTemplatesTest.shipped().byId("guillotine_review").orElseThrow();
    private final AnswerEvaluator evaluator = new AnswerEvaluator();

    private static Map<String, Object> answers(boolean necessary, boolean legal, boolean businessFriendly) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("regulation", "sysid-1001");
        answers.put("formality", "ใบอนุญาตตั้งโรงงานจำพวกที่ ๓ ต้องต่ออายุทุกปี");
        answers.put("responsible_agency", "กรมตัวอย่าง");
        answers.put("annual_burden", 63_000_000);
        answers.put("necessary", necessary);
        answers.put("legal", legal);
        if (necessary && legal) {
            answers.put("business_friendly", businessFriendly);
            if (!businessFriendly) {
                answers.put("amendment_proposal", "ต่ออายุทุกห้าปีและยื่นทางออนไลน์");
            }
        }
        answers.put("justification", "The permit protects workers, but yearly renewal on paper adds cost.");
        return answers;
    }

    @ParameterizedTest(name = "necessary={0} legal={1} businessFriendly={2}")
    @CsvSource({"true,true,true", "true,true,false", "true,false,true", "true,false,false",
            "false,true,true", "false,true,false", "false,false,true", "false,false,false"})
    void templateDecisionAgreesWithTheGuillotineRule(boolean necessary, boolean legal, boolean businessFriendly) {
        Evaluation evaluation = evaluator.evaluate(template, answers(necessary, legal, businessFriendly));

        assertThat(evaluation.problems()).isEmpty();
        String expected = new GuillotineRule().decide(new GuillotineAssessment(necessary, legal, businessFriendly,
                "same reasons")).outcome().name().toLowerCase();
        assertThat(evaluation.decision()).map(DecisionRule::outcome).contains(expected);
    }

    @Test
    void amendmentProposalIsRequiredOnceTheRuleIsFoundUnfriendlyToBusiness() {
        Map<String, Object> answers = answers(true, true, false);
        answers.remove("amendment_proposal");

        Evaluation evaluation = evaluator.evaluate(template, answers);

        assertThat(evaluation.problems()).extracting(AnswerProblem::field).containsExactly("amendment_proposal");
        assertThat(evaluation.decision()).isEmpty();
    }

    @Test
    void shortJustificationIsRejectedWithTheLimit() {
        Map<String, Object> answers = answers(true, true, true);
        answers.put("justification", "needed");

        assertThat(evaluator.validateStep(template, "screening", answers)).extracting(AnswerProblem::message)
                .containsExactly("'justification' needs at least 20 characters, has 6");
    }
}
