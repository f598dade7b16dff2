package org.kotmai.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.kotmai.review.answer.AnswerEvaluator;
import org.kotmai.review.answer.AnswerProblem;
import org.kotmai.review.answer.Evaluation;
import org.kotmai.review.template.DecisionRule;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.Template;
import org.junit.jupiter.api.Test;

class OecdChecklistTemplateTest {

    private final Template template = ShippedTemplatesTest.shipped().byId("oecd_checklist").orElseThrow();
    private final AnswerEvaluator evaluator = new AnswerEvaluator();

    private Map<String, Object> allYes() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("draft_title", "ร่างประกาศกำหนดมาตรฐานป้ายอาหาร");
        template.questions().filter(q -> q.type() == QuestionType.YES_NO).forEach(q -> answers.put(q.id(), true));
        return answers;
    }

    @Test
    void hasTenYesNoQuestions() {
        assertThat(template.questions().filter(q -> q.type() == QuestionType.YES_NO).map(Question::id))
                .hasSize(10).first().isEqualTo("q1_problem_defined");
    }

    @Test
    void tenYesAnswersMeanReady() {
        Evaluation evaluation = evaluator.evaluate(template, allYes());

        assertThat(evaluation.problems()).isEmpty();
        assertThat(evaluation.decision()).map(DecisionRule::outcome).contains("ready");
    }

    @Test
    void aNoAnswerNeedsAnExplanationAndLeavesGaps() {
        Map<String, Object> answers = allYes();
        answers.put("q9_parties_heard", false);

        assertThat(evaluator.evaluate(template, answers).problems()).extracting(AnswerProblem::field)
                .containsExactly("q9_explanation");

        answers.put("q9_explanation", "ยังไม่ได้รับฟังผู้ประกอบการรายย่อย จะจัดประชุมเพิ่มเติม");
        assertThat(evaluator.evaluate(template, answers).decision()).map(DecisionRule::outcome)
                .contains("gaps_to_close");
    }
}
