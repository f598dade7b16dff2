package org.kotmai.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

/** A complete, invented RIA for a draft ministerial regulation on food labels, then variations of it. */
class ThaiRiaReportTemplateTest {

    private final Template template = ShippedTemplatesTest.shipped().byId("th_ria_report").orElseThrow();
    private final AnswerEvaluator evaluator = new AnswerEvaluator();

    private static Map<String, Object> completeReport() {
        Map<String, Object> a = new HashMap<>();
        a.put("draft_title_th", "ร่างกฎกระทรวงว่าด้วยฉลากอาหารพร้อมบริโภค");
        a.put("law_type", "subordinate_rule");
        a.put("proposing_agency", "กรมตัวอย่าง");
        a.put("problem", "ผู้บริโภคไม่ทราบปริมาณโซเดียมในอาหารพร้อมบริโภค ทำให้ได้รับเกลือเกินปริมาณที่แนะนำ");
        a.put("causes", "ไม่มีข้อกำหนดให้แสดงข้อมูลโภชนาการบนบรรจุภัณฑ์ขนาดเล็ก");
        a.put("why_state_must_act", "ผู้ผลิตไม่มีแรงจูงใจแสดงข้อมูลเอง และผู้บริโภคตรวจสอบเองไม่ได้");
        a.put("objectives", "ลดปริมาณโซเดียมเฉลี่ยที่บริโภคลงร้อยละสิบภายในห้าปี");
        a.put("options", List.of(
                Map.of("kind", "non_legal", "description", "รณรงค์ให้ผู้ผลิตแสดงฉลากโดยสมัครใจ"),
                Map.of("kind", "legal", "description", "กำหนดให้แสดงฉลากโซเดียม", "weaknesses", "มีต้นทุนพิมพ์ฉลาก")));
        a.put("test_no_excess_burden", true);
        a.put("test_no_excess_burden_evidence", "ใช้ฉลากแบบเดียวกับที่ผู้ผลิตรายใหญ่ใช้อยู่แล้ว");
        a.put("test_worth_burden", true);
        a.put("test_worth_burden_evidence", "ค่ารักษาโรคความดันที่ลดลงสูงกว่าต้นทุนฉลาก");
        a.put("test_no_alternative", true);
        a.put("test_no_alternative_evidence", "การรณรงค์สามปีที่ผ่านมามีผู้ผลิตเข้าร่วมไม่ถึงร้อยละห้า");
        a.put("affected_groups", List.of(Map.of("group", "ผู้ผลิตอาหารรายย่อย", "harms", "ต้นทุนฉลาก",
                "scale", "medium")));
        a.put("economic_impact", "ต้นทุนฉลากเพิ่มขึ้นเล็กน้อยต่อหน่วย");
        a.put("compliance_cost", 12_000_000);
        a.put("expected_benefit", 40_000_000);
        a.put("social_impact", "ผู้บริโภคเลือกอาหารได้ดีขึ้น");
        a.put("environmental_impact", "ไม่มีนัยสำคัญ");
        a.put("state_budget", 3_000_000);
        a.put("state_readiness", "มีเจ้าหน้าที่ตรวจฉลากอยู่แล้ว");
        a.put("cost_benefit_summary", "ประโยชน์สุทธิประมาณ ๒๕ ล้านบาทต่อปี");
        a.put("uses_licensing", false);
        a.put("creates_committee", false);
        a.put("grants_discretion", false);
        a.put("criminal_penalties", false);
        a.put("new_procedures", false);
        a.put("channels", List.of("central_system", "meeting"));
        a.put("consultation_start", LocalDate.of(2026, 3, 1));
        a.put("consultation_end", LocalDate.of(2026, 3, 30));
        a.put("known_affected_notified", true);
        a.put("notification_method", "ส่งหนังสือถึงสมาคมผู้ผลิตอาหาร");
        a.put("comments_summary", "ผู้ผลิตรายย่อยขอเวลาปรับตัว");
        a.put("agency_responses", List.of(Map.of("issue", "ขอเวลาปรับตัว", "response", "ขยายเวลาบังคับใช้",
                "draft_changed", true, "change_made", "บังคับใช้หลังประกาศหนึ่งปี")));
        a.put("ria_published_url", "https://law.example/ria/1");
        a.put("consultation_summary_url", "https://law.example/summary/1");
        a.put("plain_language_confirmed", true);
        a.put("planned_entry_into_force", "2027-01-01");
        a.put("evaluation_interval_years", 5);
        a.put("evaluation_indicators", "ปริมาณโซเดียมเฉลี่ยจากการสำรวจสุขภาพ");
        return a;
    }

    @Test
    void completeReportHasNoProblemsOrWarningsAndMayProceed() {
        Evaluation evaluation = evaluator.evaluate(template, completeReport());

        assertThat(evaluation.problems()).isEmpty();
        assertThat(evaluation.warnings()).isEmpty();
        assertThat(evaluation.computed().get("consultation_days")).isEqualTo(Value.of(new BigDecimal("30")));
        assertThat(((Value.Number) evaluation.computed().get("net_yearly_benefit")).value())
                .isEqualByComparingTo("25000000");
        assertThat(evaluation.computed().get("first_evaluation_due")).isEqualTo(Value.of(LocalDate.of(2032, 1, 1)));
        assertThat(evaluation.decision()).map(DecisionRule::outcome).contains("proceed");
    }

    @Test
    void consultationOfFourteenDaysWarns() {
        Map<String, Object> answers = completeReport();
        answers.put("consultation_end", LocalDate.of(2026, 3, 14));

        assertThat(evaluator.evaluate(template, answers).warnings()).extracting(Warning::id)
                .containsExactly("consultation_under_15_days");
    }

    @Test
    void fifteenDayConsultationDoesNotWarn() {
        Map<String, Object> answers = completeReport();
        answers.put("consultation_end", LocalDate.of(2026, 3, 15));

        assertThat(evaluator.evaluate(template, answers).warnings()).isEmpty();
    }

    @Test
    void skippingTheCentralSystemWarns() {
        Map<String, Object> answers = completeReport();
        answers.put("channels", List.of("survey"));

        assertThat(evaluator.evaluate(template, answers).warnings()).extracting(Warning::id)
                .containsExactly("central_system_not_used");
    }

    @Test
    void failingANecessityTestLeadsToReconsider() {
        Map<String, Object> answers = completeReport();
        answers.put("test_no_alternative", false);

        assertThat(evaluator.evaluate(template, answers).decision()).map(DecisionRule::outcome)
                .contains("reconsider");
    }

    @Test
    void licensingAndPenaltiesOpenTheirFollowUpQuestions() {
        Map<String, Object> answers = completeReport();
        answers.put("uses_licensing", true);
        answers.put("criminal_penalties", true);

        assertThat(evaluator.validateStep(template, "special_topics", answers)).extracting(AnswerProblem::field)
                .containsExactly("licensing_why", "licensing_lighter_option", "licensing_criteria_clear",
                        "penalties_why_criminal", "penalties_proportionality");
    }

    @Test
    void changedDraftRowNeedsTheChangeDescribed() {
        Map<String, Object> answers = completeReport();
        answers.put("agency_responses", List.of(Map.of("issue", "ขอเวลา", "response", "รับไว้พิจารณา",
                "draft_changed", true)));

        assertThat(evaluator.validateStep(template, "consultation", answers)).extracting(AnswerProblem::message)
                .containsExactly("'agency_responses[1].change_made' (What was changed) is required");
    }

    @Test
    void emptyNecessityStepListsOnlyItsOwnRequiredQuestions() {
        List<AnswerProblem> problems = evaluator.validateStep(template, "necessity", Map.of());

        assertThat(problems).extracting(AnswerProblem::step).containsOnly("necessity");
        assertThat(problems).extracting(AnswerProblem::field).contains("problem", "options", "test_no_alternative")
                .doesNotContain("ldc_consulted", "necessity_evidence_file");
    }
}
