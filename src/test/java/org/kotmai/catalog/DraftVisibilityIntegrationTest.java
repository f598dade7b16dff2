package org.kotmai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A draft uploaded for review is catalogued but stays out of the public catalog, search and suggestions. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-reports")
@AutoConfigureMockMvc
class DraftVisibilityIntegrationTest {

    private static final String DRAFT_WORD = "ชันโรง";

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();
    private String draftId;

    @BeforeEach
    void uploadTheDraft() throws Exception {
        byte[] text = Files.readAllBytes(Path.of("src/test/resources/review/draft-act.txt"));
        MockHttpServletResponse response = mvc.perform(multipart("/api/laws")
                .file(new MockMultipartFile("file", "draft-act.txt", "text/plain", text)).param("status", "DRAFT")
                .with(httpBasic("officer", "officer-demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as("catalogued, or unchanged since the last test").isIn(200, 201);
        draftId = json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).findValuesAsString("lawId")
                .get(0);
        assertThat(draftId).isNotBlank();
    }

    @Test
    void publicCatalogListingLeavesTheDraftOut() throws Exception {
        assertThat(call(get("/api/laws").param("size", "200"), 200).findValuesAsString("id")).doesNotContain(draftId);
        assertThat(call(get("/api/laws").param("status", "DRAFT"), 200).path("items")).isEmpty();
    }

    @Test
    void publicReadsOfTheDraftAnswerAsIfItDidNotExist() throws Exception {
        call(get("/api/laws/{id}", draftId), 404);
        call(get("/api/laws/{id}/text", draftId), 404);
        call(get("/api/laws/{id}/provisions/3", draftId), 404);
    }

    @Test
    void signedInUsersReadTheDraftByIdAndListDraftsOnRequest() throws Exception {
        JsonNode law = call(get("/api/laws/{id}", draftId).with(httpBasic("reviewer", "reviewer-demo")), 200);
        assertThat(law.path("status").asString()).isEqualTo("DRAFT");
        call(get("/api/laws/{id}/provisions/3", draftId).with(httpBasic("officer", "officer-demo")), 200);
        assertThat(call(get("/api/laws").param("status", "DRAFT").with(httpBasic("officer", "officer-demo")), 200)
                .findValuesAsString("id")).contains(draftId);
        assertThat(call(get("/api/laws").with(httpBasic("officer", "officer-demo")), 200)
                .findValuesAsString("id")).as("drafts are left out unless asked for").doesNotContain(draftId);
    }

    @Test
    void searchAndSuggestionsNeverShowTheDraft() throws Exception {
        JsonNode result = call(get("/api/search").param("q", "เลี้ยง" + DRAFT_WORD + "ในเขตเมือง"), 200);
        assertThat(result.path("total").asLong()).isZero();
        assertThat(result.path("hits").toString() + result.path("groups")).doesNotContain(draftId, DRAFT_WORD);
        assertThat(call(get("/api/search").param("q", DRAFT_WORD).param("status", "DRAFT"), 200).toString())
                .doesNotContain(draftId);
        assertThat(call(get("/api/suggest").param("q", "การเลี้ยงผึ้ง"), 200).toString()).doesNotContain(draftId);
    }

    private JsonNode call(RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        return body.isEmpty() || !body.startsWith("{") && !body.startsWith("[") ? json.nullNode() : json.readTree(body);
    }
}
