package org.kotmai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Admins manage users kept in Elasticsearch; the configured users are the seed. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-reports")
@AutoConfigureMockMvc
class UserAdminIntegrationTest {

    private static final String PASSWORD = "correct-horse-2569";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void configuredUsersAreListedAsTheSeedWithoutPasswordHashes() throws Exception {
        MockHttpServletResponse response = call(get("/api/admin/users"), "admin", "admin-demo");
        JsonNode users = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(users.findValuesAsString("username")).contains("officer", "reviewer", "committee", "admin");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("$2a$", "passwordHash");
    }

    @Test
    void aNameLongerThanAnyStoredUserIsAnUnknownUserNotAnError() throws Exception {
        assertThat(directory.find("ผู้ใช้".repeat(2_000))).isEmpty();
        assertThat(call(get("/api/admin/users"), "ผู้ใช้".repeat(2_000), "whatever").getStatus()).isEqualTo(401);
    }

    @Test
    void aCreatedUserSignsInWithItsRolesUntilDisabled() throws Exception {
        String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse created = create(name, PASSWORD, List.of("OFFICER"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);

        assertThat(call(get("/api/admin/users"), name, PASSWORD).getStatus())
                .as("signed in, but an officer is no admin").isEqualTo(403);
        assertThat(call(get("/api/admin/users"), name, "wrong-password").getStatus()).isEqualTo(401);

        MockHttpServletResponse disabled = call(post("/api/admin/users/{name}/disable", name), "admin", "admin-demo");
        assertThat(disabled.getStatus()).isEqualTo(200);
        assertThat(disabled.getContentAsString()).contains("\"enabled\":false");
        assertThat(call(get("/api/admin/users"), name, PASSWORD).getStatus()).isEqualTo(401);
    }

    @Test
    void takenNamesWeakPasswordsAndMissingRolesAreRefused() throws Exception {
        assertThat(create("officer", PASSWORD, List.of("OFFICER")).getStatus()).isEqualTo(409);
        String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(create(name, PASSWORD, List.of("REVIEWER")).getStatus()).isEqualTo(201);
        assertThat(create(name, PASSWORD, List.of("REVIEWER")).getStatus()).isEqualTo(409);

        MockHttpServletResponse weak = create("other-" + name, "short", List.of("REVIEWER"));
        assertThat(weak.getStatus()).isEqualTo(400);
        assertThat(weak.getContentAsString()).contains("password");
        assertThat(create("other-" + name, PASSWORD, List.of()).getStatus()).isEqualTo(400);
        assertThat(create("Bad Name", PASSWORD, List.of("REVIEWER")).getStatus()).isEqualTo(400);
    }

    @Test
    void onlyAdminsManageUsersAndNoAdminDisablesThemself() throws Exception {
        assertThat(call(get("/api/admin/users"), "committee", "committee-demo").getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/admin/users")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(call(post("/api/admin/users/{name}/disable", "admin"), "admin", "admin-demo").getStatus())
                .isEqualTo(409);
        assertThat(call(post("/api/admin/users/{name}/disable", "nobody-here"), "admin", "admin-demo").getStatus())
                .isEqualTo(404);
    }

    private MockHttpServletResponse create(String username, String password, List<String> roles) throws Exception {
        return call(post("/api/admin/users").contentType("application/json").content(json.writeValueAsString(
                Map.of("username", username, "password", password, "roles", roles))), "admin", "admin-demo");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user, String password)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, password))).andReturn().getResponse();
    }
}
