package org.kotmai.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.review.api.ReviewApiClient.Answer;
import org.kotmai.review.api.ReviewApiClient.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/** Review API behaviour beyond the happy path: conflicts, refusals, validation, audit values, comments. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-review-api")
@AutoConfigureMockMvc
class ReviewApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    private ReviewApiClient api;

    @BeforeEach
    void catalogueTheLawUnderReview() throws Exception {
        api = new ReviewApiClient(mvc);
        api.uploadSampleLaw();
    }

    @Test
    void templatesAreListedWithTheirIds() throws Exception {
        Answer templates = api.get(User.PUBLIC, "/api/templates");

        assertThat(templates.status()).isEqualTo(200);
        assertThat(templates.body().findValuesAsString("id")).contains("th_ria_report", "th_ex_post_evaluation",
                "guillotine_review", "standard_cost_model", "oecd_checklist");
        Answer one = api.get(User.PUBLIC, "/api/templates/standard_cost_model");
        assertThat(one.body().path("computed").findValuesAsString("formula")).isNotEmpty();
        assertThat(api.get(User.PUBLIC, "/api/templates/nope").status()).isEqualTo(404);
    }

    @Test
    void staleSaveIsRefusedWithTheCurrentVersionAndNothingIsOverwritten() throws Exception {
        String id = api.createOfLaw("guillotine_review").id();
        Answer first = api.save(User.REVIEWER, id, 1, Map.of("formality", "ใบอนุญาตแรก"));
        assertThat(first.version()).isEqualTo(2);

        Answer stale = api.save(User.OFFICER, id, 1, Map.of("formality", "ใบอนุญาตที่สอง"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().path("currentVersion").asLong()).isEqualTo(2);
        assertThat(stale.body().path("current").path("answers").path("formality").asString())
                .isEqualTo("ใบอนุญาตแรก");
        assertThat(api.get(User.OFFICER, "/api/reviews/" + id).body().path("answers").path("formality")
                .asString()).isEqualTo("ใบอนุญาตแรก");
    }

    @Test
    void auditRecordsWhoChangedWhichAnswerFromWhatToWhat() throws Exception {
        String id = api.createOfLaw("guillotine_review").id();
        api.save(User.REVIEWER, id, 1, Map.of("formality", "ใบอนุญาตแรก"));
        api.save(User.OFFICER, id, 2, Map.of("formality", "ใบอนุญาตใหม่"));

        JsonNode audit = api.get(User.OFFICER, "/api/reviews/" + id + "/audit").body();

        assertThat(audit).hasSize(3);
        JsonNode last = audit.get(2);
        assertThat(last.path("actor").asString()).isEqualTo("officer");
        assertThat(last.path("field").asString()).isEqualTo("answers.formality");
        assertThat(last.path("oldValue").asString()).isEqualTo("\"ใบอนุญาตแรก\"");
        assertThat(last.path("newValue").asString()).isEqualTo("\"ใบอนุญาตใหม่\"");
        assertThat(last.path("revision").asLong()).isEqualTo(3);
        assertThat(last.path("at").asString()).isNotBlank();
    }

    @Test
    void savedAnswersAreCheckedPerStepAndComputedValuesRecalculated() throws Exception {
        String id = api.createOfLaw("standard_cost_model").id();
        Answer saved = api.save(User.REVIEWER, id, 1, Map.of("discount_rate", "ไม่ใช่ตัวเลข"));

        assertThat(saved.status()).isEqualTo(200);
        JsonNode rateStep = null;
        for (JsonNode step : saved.body().path("steps")) {
            if (step.path("problems").findValuesAsString("field").contains("discount_rate")) {
                rateStep = step;
            }
        }
        assertThat(rateStep).as("a step reports the discount rate that is not a number").isNotNull();
        assertThat(rateStep.path("complete").asBoolean()).isFalse();

        Answer withRows = api.save(User.REVIEWER, id, saved.version(), new CompleteAnswers(ReviewApiClient.LAW_ID)
                .of(api.templateOf("standard_cost_model")));
        assertThat(withRows.body().path("computed").size()).isGreaterThan(0);
        String firstStep = withRows.body().path("steps").get(0).path("id").asString();
        assertThat(api.get(User.REVIEWER, "/api/reviews/" + id + "/steps/" + firstStep).body()).isEmpty();
        assertThat(api.get(User.REVIEWER, "/api/reviews/" + id + "/steps/nope").status()).isEqualTo(404);
    }

    @Test
    void unknownQuestionIsABadRequestNamingTheField() throws Exception {
        String id = api.createOfLaw("oecd_checklist").id();

        Answer answer = api.save(User.REVIEWER, id, 1, Map.of("no_such_question", "x"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("field").asString()).isEqualTo("answers.no_such_question");
    }

    @Test
    void incompleteReviewCannotBeSubmitted() throws Exception {
        String id = api.createOfLaw("oecd_checklist").id();

        Answer answer = api.move(User.OFFICER, id, 1, "SUBMIT");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("problems")).isNotEmpty();
        assertThat(api.get(User.OFFICER, "/api/reviews/" + id).body().path("state").asString()).isEqualTo("DRAFT");
    }

    @Test
    void onlyOfficersCreateAndOnlyForCataloguedSubjects() throws Exception {
        Map<String, Object> law = Map.of("kind", "LAW", "lawId", ReviewApiClient.LAW_ID);
        assertThat(api.create(User.REVIEWER, "oecd_checklist", law, List.of()).status()).isEqualTo(403);
        assertThat(api.create(User.PUBLIC, "oecd_checklist", law, List.of()).status()).isEqualTo(401);

        Answer unknownLaw = api.create(User.OFFICER, "oecd_checklist", Map.of("kind", "LAW", "lawId", "act-0-none"),
                List.of());
        assertThat(unknownLaw.status()).isEqualTo(400);
        assertThat(unknownLaw.body().path("field").asString()).isEqualTo("subject.lawId");

        Answer unknownTemplate = api.create(User.OFFICER, "no_template", law, List.of());
        assertThat(unknownTemplate.body().path("field").asString()).isEqualTo("templateId");

        Answer missingProvision = api.create(User.OFFICER, "oecd_checklist", Map.of("kind", "PROVISIONS", "lawId",
                ReviewApiClient.LAW_ID, "provisions", List.of("999")), List.of());
        assertThat(missingProvision.body().path("field").asString()).isEqualTo("subject.provisions");

        Answer provisions = api.create(User.OFFICER, "oecd_checklist", Map.of("kind", "PROVISIONS", "lawId",
                ReviewApiClient.LAW_ID, "provisions", List.of("๕/๑")), List.of());
        assertThat(provisions.status()).as(provisions.body().toString()).isEqualTo(201);
        assertThat(provisions.body().path("subject").path("provisions").get(0).asString()).isEqualTo("5/1");
    }

    @Test
    void returningForRevisionNeedsAReason() throws Exception {
        String id = api.createOfLaw("oecd_checklist").id();
        Answer saved = api.save(User.REVIEWER, id, 1, new CompleteAnswers(ReviewApiClient.LAW_ID)
                .of(api.templateOf("oecd_checklist")));
        long v = api.move(User.REVIEWER, id, saved.version(), "SUBMIT").version();

        Answer withoutNote = api.move(User.COMMITTEE, id, v, "RETURN_FOR_REVISION");

        assertThat(withoutNote.status()).isEqualTo(400);
        assertThat(withoutNote.body().path("field").asString()).isEqualTo("note");
        Answer wrongState = api.move(User.COMMITTEE, id, v, "PUBLISH");
        assertThat(wrongState.status()).isEqualTo(409);
        assertThat(wrongState.body().path("currentState").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void assigningAReviewerLetsThemEdit() throws Exception {
        String id = api.create(User.OFFICER, "oecd_checklist", Map.of("kind", "LAW", "lawId",
                ReviewApiClient.LAW_ID), List.of()).id();
        assertThat(api.save(User.REVIEWER, id, 1, Map.of()).status()).isEqualTo(403);

        Answer assigned = api.send(User.OFFICER, put("/api/reviews/{id}/assignees", id),
                Map.of("version", 1, "assignees", List.of("reviewer")));

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.body().path("assignees").get(0).asString()).isEqualTo("reviewer");
        assertThat(api.save(User.REVIEWER, id, assigned.version(), Map.of()).status()).isEqualTo(200);
    }

    @Test
    void commentsAreKeptInOrderAndNeedASignedInUser() throws Exception {
        String id = api.createOfLaw("oecd_checklist").id();

        Answer added = api.send(User.COMMITTEE, post("/api/reviews/{id}/comments", id),
                Map.of("text", "โปรดเพิ่มหลักฐาน", "field", "q1_problem_defined"));
        api.send(User.REVIEWER, post("/api/reviews/{id}/comments", id), Map.of("text", "เพิ่มแล้ว"));

        assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
        JsonNode comments = api.get(User.OFFICER, "/api/reviews/" + id + "/comments").body();
        assertThat(comments.findValuesAsString("text")).containsExactly("โปรดเพิ่มหลักฐาน", "เพิ่มแล้ว");
        assertThat(comments.get(0).path("author").asString()).isEqualTo("committee");
        assertThat(api.send(User.PUBLIC, post("/api/reviews/{id}/comments", id), Map.of("text", "x")).status())
                .isEqualTo(401);
        assertThat(api.send(User.COMMITTEE, post("/api/reviews/{id}/comments", id),
                Map.of("text", "x", "field", "nope")).body().path("field").asString()).isEqualTo("field");
    }

    @Test
    void openApiDocumentsTheReviewCallsAndHowToSignIn() throws Exception {
        JsonNode docs = api.get(User.PUBLIC, "/v3/api-docs").body();

        assertThat(docs.path("paths").propertyNames()).contains("/api/templates", "/api/reviews",
                "/api/reviews/{id}/answers", "/api/reviews/{id}/transitions", "/api/reviews/{id}/audit");
        assertThat(docs.path("components").path("securitySchemes").path("basic").path("scheme").asString())
                .isEqualTo("basic");
        assertThat(docs.path("paths").path("/api/reviews/{id}").toString()).doesNotContain("\"actor\"");
    }

    @Test
    void publicDoesNotSeeDraftsInTheList() throws Exception {
        String id = api.createOfLaw("oecd_checklist").id();

        assertThat(api.get(User.PUBLIC, "/api/reviews").body().findValuesAsString("id")).doesNotContain(id);
        assertThat(api.get(User.PUBLIC, "/api/reviews?state=DRAFT").body()).isEmpty();
        assertThat(api.get(User.OFFICER, "/api/reviews?state=DRAFT").body().findValuesAsString("id")).contains(id);
    }
}
