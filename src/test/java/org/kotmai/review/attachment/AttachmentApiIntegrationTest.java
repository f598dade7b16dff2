package org.kotmai.review.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.review.api.ReviewApiClient;
import org.kotmai.review.api.ReviewApiClient.Answer;
import org.kotmai.review.api.ReviewApiClient.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Evidence files end to end against the real Elasticsearch, with a 4 KB limit so "too large" is cheap. */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-attachments",
        "kotmai.review.attachments.max-bytes=4KB"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentApiIntegrationTest {

    private static final String TEMPLATE = "th_ria_report";
    private static final String EVIDENCE_QUESTION = "necessity_evidence_file";

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();
    private ReviewApiClient api;

    @BeforeAll
    void catalogueTheLawUnderReview() throws Exception {
        api = new ReviewApiClient(mvc);
        api.uploadSampleLaw();
    }

    @Test
    void uploadedFileIsListedAndDownloadedByteForByteWithItsHash() throws Exception {
        String review = newReview();
        byte[] pdf = SampleFiles.pdf();

        Answer created = upload(User.REVIEWER, review, "../../etc/หลักฐาน.png", pdf, EVIDENCE_QUESTION);

        assertThat(created.status()).isEqualTo(201);
        String id = created.id();
        assertThat(created.body().path("name").asString()).isEqualTo("หลักฐาน.png");
        assertThat(created.body().path("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(created.body().path("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(created.body().path("uploader").asString()).isEqualTo("reviewer");

        JsonNode list = api.get(User.COMMITTEE, "/api/reviews/" + review + "/attachments").body();
        assertThat(list.findValuesAsString("id")).containsExactly(id);
        assertThat(list.get(0).has("content")).isFalse();

        MockHttpServletResponse download = mvc.perform(get("/api/reviews/{r}/attachments/{a}", review, id)
                .with(httpBasic("committee", "committee-demo"))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(sha256(download.getContentAsByteArray())).isEqualTo(sha256(pdf));
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment")
                .contains("filename*=UTF-8''%E0%B8%AB").doesNotContain("/");
    }

    @Test
    void fileOverTheLimitIsRefusedWith413() throws Exception {
        String review = newReview();
        byte[] big = "ข้อมูลประกอบ\n".repeat(400).getBytes(StandardCharsets.UTF_8);

        Answer refused = upload(User.REVIEWER, review, "big.txt", big, null);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().path("detail").asString()).contains("4096 bytes");
        assertThat(api.get(User.REVIEWER, "/api/reviews/" + review + "/attachments").body()).isEmpty();
    }

    @Test
    void htmlDisguisedAsPdfIsRefusedWith415NamingTheDetectedType() throws Exception {
        String review = newReview();

        Answer refused = upload(User.REVIEWER, review, "report.pdf", SampleFiles.html(), null);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body().path("detectedType").asString()).isEqualTo("text/html");
        assertThat(refused.body().path("detail").asString()).contains("application/pdf");
    }

    @Test
    void onlyThoseWhoMayEditTheReviewAttachOrRemove() throws Exception {
        String review = newReview();

        assertThat(upload(User.OTHER_REVIEWER, review, "a.txt", SampleFiles.thaiText(), null).status())
                .isEqualTo(403);
        assertThat(upload(User.PUBLIC, review, "a.txt", SampleFiles.thaiText(), null).status()).isEqualTo(401);
        String id = upload(User.OFFICER, review, "a.txt", SampleFiles.thaiText(), null).id();
        int removedByStranger = mvc.perform(delete("/api/reviews/{r}/attachments/{a}", review, id)
                .with(httpBasic("reviewer2", "reviewer2-demo"))).andReturn().getResponse().getStatus();
        assertThat(removedByStranger).isEqualTo(403);
        assertThat(api.get(User.OFFICER, "/api/reviews/" + review + "/attachments").body()).hasSize(1);
    }

    @Test
    void evidenceAnswerMustNameAnAttachmentOfTheSameReview() throws Exception {
        String review = newReview();
        String other = newReview();
        String foreign = upload(User.REVIEWER, other, "other.txt", SampleFiles.thaiText(), null).id();
        String own = upload(User.REVIEWER, review, "own.txt", SampleFiles.thaiText(), EVIDENCE_QUESTION).id();

        Answer refused = api.save(User.REVIEWER, review, 1, Map.of(EVIDENCE_QUESTION, foreign));
        Answer missing = api.save(User.REVIEWER, review, 1, Map.of(EVIDENCE_QUESTION, List.of(own, "nope")));
        Answer saved = api.save(User.REVIEWER, review, 1, Map.of(EVIDENCE_QUESTION, List.of(own)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("field").asString()).isEqualTo("answers." + EVIDENCE_QUESTION);
        assertThat(refused.body().path("detail").asString()).contains(foreign);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().path("answers").path(EVIDENCE_QUESTION).get(0).asString()).isEqualTo(own);
    }

    @Test
    void uploadAndRemovalAreInTheAuditTrailWithNameAndHash() throws Exception {
        String review = newReview();
        byte[] text = SampleFiles.thaiText();
        String id = upload(User.REVIEWER, review, "บันทึก.txt", text, null).id();

        int removed = mvc.perform(delete("/api/reviews/{r}/attachments/{a}", review, id)
                .with(httpBasic("reviewer", "reviewer-demo"))).andReturn().getResponse().getStatus();

        assertThat(removed).isEqualTo(204);
        assertThat(api.get(User.REVIEWER, "/api/reviews/" + review + "/attachments/" + id).status())
                .isEqualTo(404);
        JsonNode audit = api.get(User.OFFICER, "/api/reviews/" + review + "/audit").body();
        List<JsonNode> events = audit.valueStream()
                .filter(e -> e.path("field").asString().equals("attachments." + id)).toList();
        assertThat(events).extracting(e -> e.path("action").asString())
                .containsExactlyInAnyOrder("ATTACHMENT_ADDED", "ATTACHMENT_REMOVED");
        assertThat(events).allSatisfy(e -> assertThat(e.path("actor").asString()).isEqualTo("reviewer"));
        String added = events.stream().filter(e -> e.path("action").asString().equals("ATTACHMENT_ADDED"))
                .findFirst().orElseThrow().path("newValue").asString();
        assertThat(added).contains("บันทึก.txt").contains(sha256(text));
    }

    @Test
    void questionIdMustNameAnEvidenceQuestionOfTheTemplate() throws Exception {
        String review = newReview();

        Answer notEvidence = upload(User.REVIEWER, review, "a.txt", SampleFiles.thaiText(), "problem");

        assertThat(notEvidence.status()).isEqualTo(400);
        assertThat(notEvidence.body().path("field").asString()).isEqualTo("questionId");
        assertThat(api.get(User.REVIEWER, "/api/reviews/" + review + "/attachments").body()).isEmpty();
    }

    @Test
    void openApiDocumentsTheAttachmentCalls() throws Exception {
        JsonNode paths = api.get(User.PUBLIC, "/v3/api-docs").body().path("paths");

        assertThat(paths.propertyNames()).contains("/api/reviews/{id}/attachments",
                "/api/reviews/{id}/attachments/{attachmentId}");
        assertThat(paths.path("/api/reviews/{id}/attachments").path("post").toString())
                .contains("multipart/form-data").doesNotContain("\"actor\"");
    }

    private String newReview() throws Exception {
        Answer review = api.create(User.OFFICER, TEMPLATE, Map.of("kind", "LAW", "lawId", ReviewApiClient.LAW_ID),
                List.of("reviewer"));
        assertThat(review.status()).isEqualTo(201);
        return review.id();
    }

    private Answer upload(User user, String review, String name, byte[] content, String questionId)
            throws Exception {
        var request = multipart("/api/reviews/{id}/attachments", review)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content));
        if (questionId != null) {
            request.param("questionId", questionId);
        }
        if (user.name() != null) {
            request.with(httpBasic(user.name(), user.name() + "-demo"));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        return new Answer(response.getStatus(), body.isEmpty() ? json.nullNode() : json.readTree(body));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
