package org.kotmai.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.review.api.ReviewApiClient.Answer;
import org.kotmai.review.api.ReviewApiClient.User;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * One complete review per shipped template, walked through every state (with one return for revision) by the
 * demo users, checking at each step that the wrong role is refused and that the audit trail records the move, and
 * ending with the public's DOCX report of the published review.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-review-workflow")
@AutoConfigureMockMvc
class ReviewWorkflowIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TemplateCatalog templates;

    private ReviewApiClient api;

    @BeforeEach
    void catalogueTheLawUnderReview() throws Exception {
        api = new ReviewApiClient(mvc);
        api.uploadSampleLaw();
    }

    @TestFactory
    Stream<DynamicTest> everyShippedTemplateGoesFromDraftToPublished() throws Exception {
        assertThat(templates.problems()).isEmpty();
        try (Stream<Path> files = Files.list(Path.of("ria-templates"))) {
            assertThat(templates.templates()).as("every shipped template file loads")
                    .hasSize((int) files.filter(f -> f.toString().endsWith(".yaml")).count());
        }
        return templates.templates().stream().map(t -> DynamicTest.dynamicTest(t.id(), () -> walk(t)));
    }

    private void walk(Template template) throws Exception {
        Answer created = api.createOfLaw(template.id());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.id();
        assertThat(created.body().path("state").asString()).isEqualTo("DRAFT");
        assertThat(created.version()).isEqualTo(1);

        assertThat(api.get(User.PUBLIC, "/api/reviews/" + id).status()).isEqualTo(404);
        assertThat(api.save(User.OTHER_REVIEWER, id, 1, new CompleteAnswers(ReviewApiClient.LAW_ID).of(template))
                .status()).isEqualTo(403);

        Answer saved = api.save(User.REVIEWER, id, 1, new CompleteAnswers(ReviewApiClient.LAW_ID).of(template));
        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        assertThat(saved.version()).isEqualTo(2);
        for (JsonNode step : saved.body().path("steps")) {
            assertThat(step.path("complete").asBoolean()).as(step.toString()).isTrue();
        }

        long v = saved.version();
        v = expectState(api.move(User.REVIEWER, id, v, "SUBMIT"), "SUBMITTED");
        assertThat(api.move(User.OFFICER, id, v, "START_COMMITTEE_REVIEW").status()).isEqualTo(403);
        v = expectState(api.move(User.COMMITTEE, id, v, "START_COMMITTEE_REVIEW"), "IN_COMMITTEE_REVIEW");
        v = expectState(api.move(User.COMMITTEE, id, v, "RETURN_FOR_REVISION", "ขอข้อมูลเพิ่มเติม", null), "DRAFT");
        v = expectState(api.move(User.OFFICER, id, v, "SUBMIT"), "SUBMITTED");
        v = expectState(api.move(User.COMMITTEE, id, v, "START_COMMITTEE_REVIEW"), "IN_COMMITTEE_REVIEW");
        assertThat(api.move(User.REVIEWER, id, v, "DECIDE").status()).isEqualTo(403);
        Answer current = api.get(User.COMMITTEE, "/api/reviews/" + id);
        String outcome = current.body().path("suggestedDecision").isNull() ? firstOutcome(template) : null;
        Answer decided = api.move(User.COMMITTEE, id, v, "DECIDE", "มติคณะกรรมการ", outcome);
        v = expectState(decided, "DECIDED");
        assertThat(decided.body().path("decision").path("outcome").asString()).isNotBlank();
        assertThat(api.move(User.ADMIN, id, v, "PUBLISH").status()).isEqualTo(403);
        v = expectState(api.move(User.COMMITTEE, id, v, "PUBLISH"), "PUBLISHED");

        Answer publicView = api.get(User.PUBLIC, "/api/reviews/" + id);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.body().path("allowedTransitions")).isEmpty();
        assertThat(api.get(User.PUBLIC, "/api/reviews?templateId=" + template.id()).body().findValuesAsString("id"))
                .contains(id);
        assertThat(api.save(User.REVIEWER, id, v, java.util.Map.of()).status())
                .as("a published review takes no answers").isEqualTo(409);

        Answer audit = api.get(User.COMMITTEE, "/api/reviews/" + id + "/audit");
        List<String> moves = new ArrayList<>();
        for (JsonNode event : audit.body()) {
            if (event.path("field").asString().equals("state")) {
                moves.add(event.path("newValue").asString());
            }
        }
        assertThat(moves).containsExactly("\"SUBMITTED\"", "\"IN_COMMITTEE_REVIEW\"", "\"DRAFT\"", "\"SUBMITTED\"",
                "\"IN_COMMITTEE_REVIEW\"", "\"DECIDED\"", "\"PUBLISHED\"");
        assertThat(audit.body().get(0).path("action").asString()).isEqualTo("CREATED");
        assertThat(audit.body().findValuesAsString("action")).contains("ANSWER_CHANGED", "DECIDED");
        assertThat(api.get(User.PUBLIC, "/api/reviews/" + id + "/audit").status()).isEqualTo(401);
        expectPublicDocxReport(id, publicView.body().path("title").asString());
    }

    private void expectPublicDocxReport(String id, String title) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/reviews/{id}/report.docx", id)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(title);
            assertThat(text.getText()).contains("คำตอบทดสอบ", "มติคณะกรรมการ", "PUBLISHED");
        }
    }

    private static long expectState(Answer answer, String state) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().path("state").asString()).isEqualTo(state);
        return answer.version();
    }

    private static String firstOutcome(Template template) {
        return template.decisions().isEmpty() ? "approved" : template.decisions().get(0).outcome();
    }
}
