package org.kotmai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The access rules with the demo users of application.yml, over the real application and node. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-security")
@AutoConfigureMockMvc
class ApiAccessIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void catalogTemplatesDocsAndHealthArePublic() throws Exception {
        mvc.perform(get("/api/laws")).andExpect(status().isOk());
        mvc.perform(get("/api/templates")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void uploadWithoutSignInIsAnsweredWithAProblemAndABasicChallenge() throws Exception {
        mvc.perform(multipart("/api/laws").file(new MockMultipartFile("file", "a.txt", "text/plain", new byte[1])))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"kotmai\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("HTTP Basic")));
    }

    @Test
    void wrongPasswordIsUnauthorized() throws Exception {
        mvc.perform(post("/api/imports").with(httpBasic("officer", "guess")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void reviewerMayNotImportLaws() throws Exception {
        mvc.perform(post("/api/imports").with(httpBasic("reviewer", "reviewer-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"source\":\"folder\",\"path\":\"/x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("POST /api/imports")));
    }

    @Test
    void officerPassesTheAccessRuleForImports() throws Exception {
        // the import itself is refused for its missing folder, which shows the request got past security
        mvc.perform(post("/api/imports").with(httpBasic("officer", "officer-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"folder\",\"path\":\"/no/such/folder\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("path"));
    }

    @Test
    void onlyAdminsSeeRejectedTemplateFiles() throws Exception {
        mvc.perform(get("/api/templates/problems").with(httpBasic("officer", "officer-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/templates/problems").with(httpBasic("admin", "admin-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());
    }

    @Test
    void adminCallsNeedTheAdminRole() throws Exception {
        mvc.perform(get("/api/admin/dictionary")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/dictionary").with(httpBasic("committee", "committee-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/dictionary").with(httpBasic("admin", "admin-demo")))
                .andExpect(status().isOk());
    }

    @Test
    void searchAndSuggestArePublic() throws Exception {
        mvc.perform(post("/api/search").contentType(MediaType.APPLICATION_JSON).content("{\"q\":\"ลิขสิทธิ์\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/search").param("q", "ลิขสิทธิ์")).andExpect(status().isOk());
        mvc.perform(get("/api/suggest").param("q", "ลิข")).andExpect(status().isOk());
    }

    @Test
    void searchKeepsTheSecurityHeadersCreatesNoSessionAndRefusesWrongCredentials() throws Exception {
        MvcResult search = mvc.perform(get("/api/search").param("q", "ลิขสิทธิ์"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Cache-Control"))
                .andReturn();
        assertThat(search.getRequest().getSession(false)).isNull();
        mvc.perform(get("/api/suggest").param("q", "ลิข").with(httpBasic("officer", "guess")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/search").param("q", "ลิขสิทธิ์").with(httpBasic("officer", "officer-demo")))
                .andExpect(status().isOk());
    }
}
