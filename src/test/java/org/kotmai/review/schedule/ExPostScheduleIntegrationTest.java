package org.kotmai.review.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.review.campaign.CampaignApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * The schedule of a small catalog of synthetic laws, before and after a published ex-post evaluation. Shares the
 * campaign test's index prefix, hence its application context and catalogued laws.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-campaigns")
@AutoConfigureMockMvc
class ExPostScheduleIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void lawsAreDueFromEntryIntoForceAndAPublishedEvaluationRestartsTheClock() throws Exception {
        CampaignApi api = new CampaignApi(mvc);
        String mill = api.upload("rice-mill-act.txt", "กรมโรงงานทดลอง", null);
        String boat = api.upload("rowing-boat-act.txt", "กรมเจ้าท่าทดลอง", "2022-06-01");
        String budget = api.upload("budget-act.txt", "สำนักงบประมาณทดลอง", null);

        Map<String, JsonNode> schedule = byLaw(api.get(null, "/api/expost/schedule?type=ACT&size=500").body());
        assertThat(schedule.get(mill).path("status").asString()).isEqualTo("OVERDUE");
        assertThat(schedule.get(mill).path("basis").asString()).isEqualTo("GAZETTE_DATE");
        assertThat(schedule.get(mill).path("dueDate").asString()).isEqualTo("2012-03-02");
        assertThat(schedule.get(boat).path("status").asString()).isEqualTo("DUE");
        assertThat(schedule.get(boat).path("dueDate").asString()).isEqualTo("2027-06-01");
        assertThat(schedule.get(budget).path("status").asString()).isEqualTo("EXEMPT");
        assertThat(schedule.get(budget).path("reason").asString()).contains("s.29");
        assertThat(api.get(null, "/api/expost/overdue").body().path("items").findValuesAsString("lawId"))
                .contains(mill).doesNotContain(boat, budget);
        assertThat(api.get(null, "/api/expost/schedule?overdue=false&dueBefore=2028-01-01&agency="
                + "กรมเจ้าท่าทดลอง").body().path("items").findValuesAsString("lawId")).containsExactly(boat);
        assertThat(api.get(null, "/api/expost/schedule?dueBefore=soon").body().path("field").asString())
                .isEqualTo("dueBefore");

        String evaluation = api.createReview("officer", "th_ex_post_evaluation", mill).text("id");
        api.decide("officer", evaluation, evaluationAnswers(mill), true);

        JsonNode after = byLaw(api.get(null, "/api/expost/schedule?size=500").body()).get(mill);
        assertThat(after.path("status").asString()).isEqualTo("DUE");
        assertThat(after.path("basis").asString()).isEqualTo("LAST_EVALUATION");
        assertThat(after.path("lastEvaluationId").asString()).isEqualTo(evaluation);
        assertThat(after.path("dueDate").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Bangkok")).plusYears(3).toString());
        assertThat(api.get(null, "/api/expost/overdue").body().path("items").findValuesAsString("lawId"))
                .doesNotContain(mill);
    }

    private static Map<String, JsonNode> byLaw(JsonNode page) {
        Map<String, JsonNode> entries = new HashMap<>();
        page.path("items").forEach(entry -> entries.put(entry.path("lawId").asString(), entry));
        return entries;
    }

    private static Map<String, Object> evaluationAnswers(String lawId) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("law", lawId);
        answers.put("entry_into_force", "2007-03-03");
        answers.put("law_kind", "ongoing");
        answers.put("interval_years", 3);
        answers.put("triggers", List.of("periodic"));
        answers.put("objectives_met", true);
        answers.put("worth_the_burden", true);
        answers.put("causes_unfairness", false);
        answers.put("findings_summary", "การบังคับใช้บรรลุวัตถุประสงค์และคุ้มค่ากับภาระของรัฐและประชาชน");
        answers.put("recommendation", "keep");
        return answers;
    }
}
