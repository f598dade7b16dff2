package org.kotmai.review.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review API as the demo users of application.yml call it, answering status and parsed body; public for the
 * tests of the packages built on reviews (reports, consultation).
 */
public final class ReviewApiClient {

    /** A user of the demo set; null name means the public. */
    public record User(String name) {
        public static final User PUBLIC = new User(null);
        public static final User OFFICER = new User("officer");
        public static final User REVIEWER = new User("reviewer");
        public static final User OTHER_REVIEWER = new User("reviewer2");
        public static final User COMMITTEE = new User("committee");
        public static final User ADMIN = new User("admin");
    }

    public record Answer(int status, JsonNode body) {
        public long version() {
            return body.path("version").asLong();
        }

        public String id() {
            return body.path("id").asString();
        }
    }

    public static final String LAW_ID = "act-2568-ทดสอบคลังกฎหมาย";

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    public ReviewApiClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Catalogues the synthetic act the reviews are about; uploading it again is harmless. */
    public void uploadSampleLaw() throws Exception {
        byte[] text = Files.readAllBytes(Path.of("src/test/resources/ingest/sample-act.txt"));
        MockHttpServletResponse response = mvc.perform(multipart("/api/laws")
                .file(new MockMultipartFile("file", "sample-act.txt", "text/plain", text))
                .with(httpBasic("officer", "officer-demo"))).andReturn().getResponse();
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("sample law upload failed: " + response.getContentAsString());
        }
    }

    /** Catalogues the synthetic draft act as a DRAFT, as an officer would before reviewing it; returns its id. */
    public String uploadDraft() throws Exception {
        byte[] text = Files.readAllBytes(Path.of("src/test/resources/review/draft-act.txt"));
        MockHttpServletResponse response = mvc.perform(multipart("/api/laws")
                .file(new MockMultipartFile("file", "draft-act.txt", "text/plain", text)).param("status", "DRAFT")
                .with(httpBasic("officer", "officer-demo"))).andReturn().getResponse();
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("draft upload failed: " + response.getContentAsString());
        }
        return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .findValuesAsString("lawId").get(0);
    }

    /**
     * Creates a review of the subject, saves complete answers (with the given ones on top) and walks it to
     * PUBLISHED through the committee; returns the review id.
     */
    public String publish(org.kotmai.review.template.Template template, Map<String, Object> subject,
                          Map<String, Object> overrides) throws Exception {
        String id = expect(create(User.OFFICER, template.id(), subject, List.of("reviewer")), 201).id();
        Map<String, Object> answers = new LinkedHashMap<>(new CompleteAnswers(String.valueOf(subject.get("lawId")))
                .of(template));
        answers.putAll(overrides);
        long v = expect(save(User.REVIEWER, id, 1, answers), 200).version();
        v = expect(move(User.REVIEWER, id, v, "SUBMIT"), 200).version();
        v = expect(move(User.COMMITTEE, id, v, "START_COMMITTEE_REVIEW"), 200).version();
        boolean suggested = !get(User.COMMITTEE, "/api/reviews/" + id).body().path("suggestedDecision").isNull();
        String outcome = suggested ? null
                : template.decisions().isEmpty() ? "approved" : template.decisions().get(0).outcome();
        v = expect(move(User.COMMITTEE, id, v, "DECIDE", "มติที่ประชุม", outcome), 200).version();
        expect(move(User.COMMITTEE, id, v, "PUBLISH"), 200);
        return id;
    }

    private static Answer expect(Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    /** A shipped template as the service loads it. */
    public org.kotmai.review.template.Template templateOf(String id) {
        return new org.kotmai.review.template.TemplateLoader().loadFolder(Path.of("ria-templates")).byId(id)
                .orElseThrow();
    }

    public Answer create(User user, String templateId, Map<String, Object> subject, List<String> assignees)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", templateId);
        body.put("subject", subject);
        body.put("assignees", assignees);
        return send(user, post("/api/reviews"), body);
    }

    public Answer createOfLaw(String templateId) throws Exception {
        return create(User.OFFICER, templateId, Map.of("kind", "LAW", "lawId", LAW_ID), List.of("reviewer"));
    }

    public Answer get(User user, String path) throws Exception {
        return send(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path), null);
    }

    public Answer save(User user, String id, long version, Map<String, Object> answers) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("answers", answers);
        return send(user, patch("/api/reviews/{id}/answers", id), body);
    }

    public Answer move(User user, String id, long version, String transition, String note, String outcome)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("transition", transition);
        body.put("note", note);
        body.put("outcome", outcome);
        return send(user, post("/api/reviews/{id}/transitions", id), body);
    }

    public Answer move(User user, String id, long version, String transition) throws Exception {
        return move(user, id, version, transition, null, null);
    }

    public Answer send(User user, MockHttpServletRequestBuilder request, Object body) throws Exception {
        if (user.name() != null) {
            request.with(httpBasic(user.name(), user.name() + "-demo"));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String text = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return new Answer(response.getStatus(), text.isEmpty() ? json.nullNode() : json.readTree(text));
    }
}
