package org.kotmai.review.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.review.template.TemplateCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The template upload over HTTP. Only refusals are exercised here, since a successful upload writes into the
 * shipped template folder; saving is covered by {@link TemplateAdminTest} on a copy.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-reports")
@AutoConfigureMockMvc
class AdminTemplateApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TemplateCatalog catalog;

    @Test
    void aBrokenTemplateIsRefusedWithFileLineAndReason() throws Exception {
        String broken = TemplateAdminTest.SMALL.replace("source: own", "source: nowhere");
        MockHttpServletResponse response = upload("admin", "admin-small.yaml", broken);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"file\":\"admin-small.yaml\"", "\"line\":", "nowhere");
        assertThat(catalog.byId("admin_small")).isEmpty();
    }

    @Test
    void onlyAnAdminUploads() throws Exception {
        assertThat(upload("committee", "admin-small.yaml", TemplateAdminTest.SMALL).getStatus()).isEqualTo(403);
        assertThat(upload(null, "admin-small.yaml", TemplateAdminTest.SMALL).getStatus()).isEqualTo(401);
        assertThat(catalog.byId("admin_small")).isEmpty();
    }

    @Test
    void aFileNameOutsideTheFolderIsABadRequest() throws Exception {
        MockHttpServletResponse response = upload("admin", "..%2Fescape.yaml", TemplateAdminTest.SMALL);
        assertThat(response.getStatus()).isEqualTo(400);
    }

    private MockHttpServletResponse upload(String user, String file, String yaml) throws Exception {
        var request = put("/api/admin/templates/" + file).contentType("application/yaml")
                .content(yaml.getBytes(StandardCharsets.UTF_8));
        if (user != null) {
            request.with(httpBasic(user, user + "-demo"));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
