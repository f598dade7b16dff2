package org.kotmai.review.campaign;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The campaign and review APIs as the demo users call them; a null user is the public. */
public final class CampaignApi {

    public record Answer(int status, JsonNode body, byte[] bytes) {
        public String text(String field) {
            return body.path(field).asString();
        }
    }

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    public CampaignApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Catalogues one of the synthetic laws of src/test/resources/campaign and answers its id. */
    public String upload(String file, String agency, String effectiveDate) throws Exception {
        byte[] text = Files.readAllBytes(Path.of("src/test/resources/campaign", file));
        AbstractMockHttpServletRequestBuilder<?> request = multipart("/api/laws")
                .file(new MockMultipartFile("file", file, "text/plain", text))
                .param("status", "IN_FORCE").param("agency", agency);
        if (effectiveDate != null) {
            request.param("effectiveDate", effectiveDate);
        }
        Answer answer = send("officer", request, null);
        if (answer.status() >= 300) {
            throw new IllegalStateException("upload of " + file + " failed: " + answer.body());
        }
        return answer.text("lawId");
    }

    public Answer get(String user, String path) throws Exception {
        return send(user, MockMvcRequestBuilders.get(path), null);
    }

    public Answer post(String user, String path, Object body) throws Exception {
        return send(user, MockMvcRequestBuilders.post(path), body);
    }

    public Answer put(String user, String path, Object body) throws Exception {
        return send(user, MockMvcRequestBuilders.put(path), body);
    }

    public Answer csv(String user, String campaignId, byte[] csv) throws Exception {
        return send(user, multipart("/api/campaigns/{id}/inventory.csv", campaignId)
                .file(new MockMultipartFile("file", "inventory.csv", "text/csv", csv)), null);
    }

    public Answer createReview(String user, String templateId, String lawId) throws Exception {
        return post(user, "/api/reviews", Map.of("templateId", templateId,
                "subject", Map.of("kind", "LAW", "lawId", lawId)));
    }

    /** Saves the answers, then walks the review to DECIDED (and PUBLISHED when asked), answering the last state. */
    public Answer decide(String editor, String reviewId, Map<String, Object> answers, boolean publish)
            throws Exception {
        Answer saved = send(editor, patch("/api/reviews/{id}/answers", reviewId),
                Map.of("version", version(reviewId), "answers", answers));
        check(saved);
        check(move(editor, reviewId, "SUBMIT"));
        check(move("committee", reviewId, "START_COMMITTEE_REVIEW"));
        Answer last = check(move("committee", reviewId, "DECIDE"));
        return publish ? check(move("committee", reviewId, "PUBLISH")) : last;
    }

    public Answer saveAnswers(String editor, String reviewId, Map<String, Object> answers) throws Exception {
        return check(send(editor, patch("/api/reviews/{id}/answers", reviewId),
                Map.of("version", version(reviewId), "answers", answers)));
    }

    private Answer move(String user, String reviewId, String transition) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version(reviewId));
        body.put("transition", transition);
        return send(user, MockMvcRequestBuilders.post("/api/reviews/{id}/transitions", reviewId), body);
    }

    private long version(String reviewId) throws Exception {
        return get("committee", "/api/reviews/" + reviewId).body().path("version").asLong();
    }

    private static Answer check(Answer answer) {
        if (answer.status() != 200) {
            throw new AssertionError("HTTP " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private Answer send(String user, AbstractMockHttpServletRequestBuilder<?> request, Object body) throws Exception {
        if (user != null) {
            request.with(httpBasic(user, user + "-demo"));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        byte[] bytes = response.getContentAsByteArray();
        String type = response.getContentType();
        JsonNode parsed = type != null && type.contains("json") && bytes.length > 0
                ? json.readTree(new String(bytes, StandardCharsets.UTF_8)) : json.nullNode();
        return new Answer(response.getStatus(), parsed, bytes);
    }
}
