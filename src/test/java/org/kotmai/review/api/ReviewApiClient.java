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

/** The review API as the demo users of application.yml call it, answering status and parsed body. */
final class ReviewApiClient {

    /** A user of the demo set; null name means the public. */
    record User(String name) {
        static final User PUBLIC = new User(null);
        static final User OFFICER = new User("officer");
        static final User REVIEWER = new User("reviewer");
        static final User OTHER_REVIEWER = new User("reviewer2");
        static final User COMMITTEE = new User("committee");
        static final User ADMIN = new User("admin");
    }

    record Answer(int status, JsonNode body) {
        long version() {
            return body.path("version").asLong();
        }

        String id() {
            return body.path("id").asString();
        }
    }

    static final String LAW_ID = "act-2568-ทดสอบคลังกฎหมาย";

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    ReviewApiClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Catalogues the synthetic act the reviews are about; uploading it again is harmless. */
    void uploadSampleLaw() throws Exception {
        byte[] text = Files.readAllBytes(Path.of("src/test/resources/ingest/sample-act.txt"));
        MockHttpServletResponse response = mvc.perform(multipart("/api/laws")
                .file(new MockMultipartFile("file", "sample-act.txt", "text/plain", text))
                .with(httpBasic("officer", "officer-demo"))).andReturn().getResponse();
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("sample law upload failed: " + response.getContentAsString());
        }
    }

    /** A shipped template as the service loads it. */
    org.kotmai.review.template.Template templateOf(String id) {
        return new org.kotmai.review.template.TemplateLoader().loadFolder(Path.of("ria-templates")).byId(id)
                .orElseThrow();
    }

    Answer create(User user, String templateId, Map<String, Object> subject, List<String> assignees)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", templateId);
        body.put("subject", subject);
        body.put("assignees", assignees);
        return send(user, post("/api/reviews"), body);
    }

    Answer createOfLaw(String templateId) throws Exception {
        return create(User.OFFICER, templateId, Map.of("kind", "LAW", "lawId", LAW_ID), List.of("reviewer"));
    }

    Answer get(User user, String path) throws Exception {
        return send(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path), null);
    }

    Answer save(User user, String id, long version, Map<String, Object> answers) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("answers", answers);
        return send(user, patch("/api/reviews/{id}/answers", id), body);
    }

    Answer move(User user, String id, long version, String transition, String note, String outcome)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("transition", transition);
        body.put("note", note);
        body.put("outcome", outcome);
        return send(user, post("/api/reviews/{id}/transitions", id), body);
    }

    Answer move(User user, String id, long version, String transition) throws Exception {
        return move(user, id, version, transition, null, null);
    }

    Answer send(User user, MockHttpServletRequestBuilder request, Object body) throws Exception {
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
