package org.kotmai.review.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.review.api.ReviewApiClient;
import org.kotmai.review.api.ReviewApiClient.Answer;
import org.kotmai.review.api.ReviewApiClient.User;
import org.kotmai.review.template.TemplateCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/**
 * A consultation on a published review of a draft, from opening through public comments to moderation. The tests
 * share one published review (publishing takes a dozen signed-in calls); each opens the period it needs and
 * comments from its own client address.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-reports")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TemplateCatalog templates;

    private ReviewApiClient api;
    private String reviewId;
    private String client;
    private int nextClient;

    @BeforeAll
    void publishAReviewOfTheDraft() throws Exception {
        api = new ReviewApiClient(mvc);
        String draftId = api.uploadDraft();
        reviewId = api.publish(templates.byId("guillotine_review").orElseThrow(),
                Map.of("kind", "DRAFT", "lawId", draftId), Map.of());
    }

    @BeforeEach
    void commentFromANewClient() {
        client = "192.0.2." + (++nextClient);
    }

    @Test
    void openCommentModerateAndShowOnlyApprovedComments() throws Exception {
        Answer opened = open(User.COMMITTEE, Instant.now().minusSeconds(60), Instant.now().plus(30, ChronoUnit.DAYS));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        assertThat(opened.body().path("open").asBoolean()).isTrue();
        assertThat(opened.body().path("warnings")).isEmpty();
        assertThat(api.get(User.PUBLIC, "/api/consultations").body().findValuesAsString("reviewId")).contains(reviewId);

        Answer kept = comment("สมชาย", "<b>เห็นด้วย</b> กับการยกเลิกใบอนุญาต");
        Answer dropped = comment(null, "ข้อความโฆษณา");
        assertThat(kept.status()).as(kept.body().toString()).isEqualTo(202);
        assertThat(kept.body().path("status").asString()).isEqualTo("HELD");
        assertThat(kept.body().path("text").asString()).isEqualTo("เห็นด้วย กับการยกเลิกใบอนุญาต");
        assertThat(api.get(User.PUBLIC, comments()).body().findValuesAsString("id")).as("held comments are not shown")
                .doesNotContain(kept.id(), dropped.id());

        assertThat(moderate(User.REVIEWER, kept.id(), "APPROVED").status()).isEqualTo(403);
        assertThat(moderate(User.PUBLIC, kept.id(), "APPROVED").status()).isEqualTo(401);
        assertThat(moderate(User.COMMITTEE, kept.id(), "APPROVED").status()).isEqualTo(200);
        assertThat(moderate(User.ADMIN, dropped.id(), "REJECTED").status()).isEqualTo(200);

        JsonNode shown = api.get(User.PUBLIC, comments()).body();
        assertThat(shown.findValuesAsString("id")).contains(kept.id()).doesNotContain(dropped.id());
        assertThat(shown.findValuesAsString("status")).containsOnly("APPROVED");
        assertThat(shown.findValues("moderatedBy")).allMatch(JsonNode::isNull);
        JsonNode all = api.get(User.COMMITTEE, comments()).body();
        assertThat(byId(all, kept.id()).path("moderatedBy").asString()).isEqualTo("committee");
        assertThat(byId(all, dropped.id()).path("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void onlyTheCommitteeOrAnAdminOpensAndTheDraftReviewMustBePublished() throws Exception {
        Instant end = Instant.now().plus(20, ChronoUnit.DAYS);
        assertThat(open(User.OFFICER, Instant.now(), end).status()).isEqualTo(403);
        assertThat(open(User.PUBLIC, Instant.now(), end).status()).isEqualTo(401);
        assertThat(open(User.ADMIN, Instant.now(), end).status()).isEqualTo(201);

        api.uploadSampleLaw();
        Answer lawReview = api.createOfLaw("guillotine_review");
        assertThat(send(User.COMMITTEE, post("/api/reviews/{id}/consultation", lawReview.id()),
                period(Instant.now(), end)).status()).as("a review of a law in force is not consulted on")
                .isEqualTo(409);
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() throws Exception {
        Instant now = Instant.now();
        Answer backwards = open(User.COMMITTEE, now.plusSeconds(3600), now);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().toString()).contains("end");
        assertThat(open(User.COMMITTEE, now.minus(10, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)).status())
                .isEqualTo(400);
        assertThat(send(User.COMMITTEE, post("/api/reviews/{id}/consultation", reviewId), Map.of("end", "tomorrow"))
                .status()).isEqualTo(400);
    }

    @Test
    void aShortPeriodIsOpenedWithAWarning() throws Exception {
        Answer opened = open(User.COMMITTEE, Instant.now(), Instant.now().plus(7, ChronoUnit.DAYS));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.body().path("warnings").toString()).contains("15 days");
    }

    @Test
    void commentsAreRefusedBeforeOpeningAndAfterClosing() throws Exception {
        assertThat(send(User.PUBLIC, post("/api/reviews/{id}/consultation/comments", "no-such-review"),
                Map.of("text", "ไม่มีการรับฟัง")).status()).isEqualTo(404);
        open(User.COMMITTEE, Instant.now().plus(1, ChronoUnit.DAYS), Instant.now().plus(20, ChronoUnit.DAYS));
        assertThat(comment(null, "ยังไม่เปิด").status()).isEqualTo(409);
        open(User.COMMITTEE, Instant.now().minusSeconds(5), Instant.now().plus(20, ChronoUnit.DAYS));
        assertThat(comment(null, "เปิดแล้ว").status()).isEqualTo(202);
        Answer closed = send(User.COMMITTEE, post("/api/reviews/{id}/consultation/close", reviewId), null);
        assertThat(closed.body().path("open").asBoolean()).isFalse();
        assertThat(comment(null, "ปิดแล้ว").status()).isEqualTo(409);
        assertThat(api.get(User.PUBLIC, "/api/consultations").body().findValuesAsString("reviewId"))
                .doesNotContain(reviewId);
    }

    @Test
    void invalidCommentsAreRefusedWithTheField() throws Exception {
        open(User.COMMITTEE, Instant.now().minusSeconds(5), Instant.now().plus(20, ChronoUnit.DAYS));
        Answer empty = comment("ผู้แสดงความเห็น", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("field").asString()).isEqualTo("text");
        assertThat(comment(null, "ก".repeat(5001)).status()).isEqualTo(400);
        assertThat(comment(null, "มี\u0007เสียง").status()).isEqualTo(400);
        assertThat(comment(null, "ก".repeat(30_000)).status()).as("refused before the body is read").isEqualTo(413);
    }

    @Test
    void oneClientIsSlowedDownWithRetryAfter() throws Exception {
        open(User.COMMITTEE, Instant.now().minusSeconds(5), Instant.now().plus(20, ChronoUnit.DAYS));
        for (int i = 0; i < 5; i++) {
            assertThat(comment(null, "ความเห็นที่ " + i).status()).isEqualTo(202);
        }
        var response = mvc.perform(asClient(post("/api/reviews/{id}/consultation/comments", reviewId))
                .contentType("application/json").content("{\"text\":\"อีกครั้ง\"}")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, 60L);
        client = "198.51.100.1";
        assertThat(comment(null, "จากเครื่องอื่น").status()).isEqualTo(202);
    }

    private static JsonNode byId(JsonNode comments, String id) {
        for (JsonNode comment : comments) {
            if (comment.path("id").asString().equals(id)) {
                return comment;
            }
        }
        throw new AssertionError("no comment " + id + " in " + comments);
    }

    private Answer open(User user, Instant start, Instant end) throws Exception {
        return send(user, post("/api/reviews/{id}/consultation", reviewId), period(start, end));
    }

    private static Map<String, Object> period(Instant start, Instant end) {
        return Map.of("start", start.toString(), "end", end.toString());
    }

    private Answer comment(String name, String text) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("text", text);
        return send(User.PUBLIC, asClient(post("/api/reviews/{id}/consultation/comments", reviewId)), body);
    }

    private Answer moderate(User user, String commentId, String decision) throws Exception {
        return send(user, post("/api/reviews/{id}/consultation/comments/{cid}/moderation", reviewId, commentId),
                Map.of("decision", decision));
    }

    private String comments() {
        return "/api/reviews/" + reviewId + "/consultation/comments";
    }

    private MockHttpServletRequestBuilder asClient(MockHttpServletRequestBuilder request) {
        String address = client;
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private Answer send(User user, MockHttpServletRequestBuilder request, Object body) throws Exception {
        return api.send(user, request, body);
    }
}
