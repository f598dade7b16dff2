package org.kotmai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The catalog API over a real Elasticsearch node, with a law uploaded through the API itself. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-catalog-api")
@AutoConfigureMockMvc
class CatalogApiIntegrationTest {

    private static final String LAW_ID = "act-2568-ทดสอบคลังกฎหมาย";

    @Autowired
    MockMvc mvc;

    /** Uploading is idempotent: after the first test the same upload answers "unchanged". */
    @BeforeEach
    void uploadSampleAct() throws Exception {
        byte[] text = Files.readAllBytes(Path.of("src/test/resources/ingest/sample-act.txt"));
        mvc.perform(multipart("/api/laws")
                        .file(new MockMultipartFile("file", "sample-act.txt", "text/plain", text))
                        .param("agency", "กระทรวงยุติธรรม")
                        .param("status", "IN_FORCE")
                        .with(httpBasic("officer", "officer-demo")))
                .andExpect(status().is2xxSuccessful())
                .andExpect(jsonPath("$.lawId").value(LAW_ID));
    }

    @Test
    void listFiltersByTypeYearAndStatus() throws Exception {
        mvc.perform(get("/api/laws").param("type", "ACT").param("yearFrom", "2568").param("yearTo", "2568")
                        .param("status", "IN_FORCE")
                        .with(httpBasic("officer", "officer-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(LAW_ID))
                .andExpect(jsonPath("$.items[0].yearCe").value(2025));
        mvc.perform(get("/api/laws").param("type", "CODE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void lawShowsMetadataAndTableOfContentsButNotTheFullText() throws Exception {
        mvc.perform(get("/api/laws/{id}", LAW_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("พระราชบัญญัติทดสอบคลังกฎหมาย พ.ศ. ๒๕๖๘"))
                .andExpect(jsonPath("$.agency").value("กระทรวงยุติธรรม"))
                .andExpect(jsonPath("$.toc[?(@.number == '5/1')]").exists())
                .andExpect(jsonPath("$.toc[?(@.kind == 'CHAPTER')]").exists())
                .andExpect(jsonPath("$.text").doesNotExist());
    }

    @Test
    void provisionWithSlashNumberIsFoundWhenUrlEncoded() throws Exception {
        mvc.perform(get("/api/laws/" + LAW_ID + "/provisions/5%2F1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("5/1"))
                .andExpect(jsonPath("$.history[0].action").value("ADDED"));
    }

    @Test
    void provisionWithOrdinalSuffixAndThaiDigitsIsFound() throws Exception {
        mvc.perform(get("/api/laws/{id}/provisions/{n}", LAW_ID, "๗ ทวิ"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("7 ทวิ"))
                .andExpect(jsonPath("$.path[0]").value(org.hamcrest.Matchers.containsString("หมวด")));
    }

    @Test
    void repealedProvisionIsKeptAndFlagged() throws Exception {
        mvc.perform(get("/api/laws/{id}/provisions/{n}", LAW_ID, "6"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.repealed").value(true));
    }

    @Test
    void fullTextIsServedAsPlainUtf8() throws Exception {
        String text = mvc.perform(get("/api/laws/{id}/text", LAW_ID))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("มาตรา ๕/๑").doesNotContain("\u00A0");
    }

    @Test
    void unknownLawAndProvisionAreProblemDetails() throws Exception {
        mvc.perform(get("/api/laws/{id}", "act-0000-none"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("act-0000-none")));
        mvc.perform(get("/api/laws/{id}/provisions/{n}", LAW_ID, "999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no provision '999'")));
    }

    @Test
    void idTooLongToNameAnythingIsNotFoundRatherThanAServerError() throws Exception {
        String id = "ก".repeat(2000);
        mvc.perform(get("/api/laws/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/laws/{id}/provisions/{n}", LAW_ID, "๑".repeat(600))).andExpect(status().isNotFound());
        mvc.perform(get("/api/laws/{id}/text", id)).andExpect(status().isNotFound());
    }

    @Test
    void badFilterValueNamesTheParameterAndTheAllowedValues() throws Exception {
        mvc.perform(get("/api/laws").param("type", "STATUTE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ACT")));
        mvc.perform(get("/api/laws").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
    }

    @Test
    void uploadThatIsNotALawIsRejectedWithTheFileNamed() throws Exception {
        byte[] recipe = "ต้มยำกุ้ง\nใส่ตะไคร้ ข่า ใบมะกรูด แล้วต้มให้เดือด\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/laws").file(new MockMultipartFile("file", "recipe.txt", "text/plain", recipe))
                        .with(httpBasic("officer", "officer-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.file").value("recipe.txt"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("recipe.txt")));
    }

    @Test
    void openApiDocumentDescribesTheCatalog() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/laws']").exists())
                .andExpect(jsonPath("$.paths['/api/imports']").exists());
    }
}
