package org.kotmai.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.IngestService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.kotmai.review.api.ReviewApiClient;
import org.kotmai.review.attachment.AttachmentService;
import org.kotmai.review.campaign.Campaign;
import org.kotmai.review.campaign.CampaignRequests;
import org.kotmai.review.campaign.CampaignService;
import org.kotmai.review.consultation.ConsultationService;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.review.workflow.NewReview;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewSubject;
import org.kotmai.review.workflow.SubjectKind;
import org.kotmai.security.Actor;
import org.kotmai.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Every page renders from the real services over a real Elasticsearch node, in Thai and in English; no page answers
 * 500 to hostile input in any of its parameters; the pages' sign-in leaves the stateless API as it was.
 */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-web-pages",
        "kotmai.search.law-table-ttl=0s"})
@AutoConfigureMockMvc
class PagesIntegrationTest {

    /** Empty, markup, traversal, bad escapes, out of range, control characters, and ids too long to exist. */
    private static final List<String> HOSTILE = List.of("", "<script>alert(1)</script>", "../../etc/passwd%ZZ",
            "-99999999999999999999", "\u0000", "ก".repeat(6_000));

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestService ingest;
    @Autowired
    ReviewService reviews;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ConsultationService consultations;
    @Autowired
    TemplateCatalog templates;
    @Autowired
    AttachmentService attachments;

    List<String> laws;

    @BeforeEach
    void catalogFixtures() {
        laws = WebFixtures.catalog(ingest);
    }

    @Test
    void publicPagesRenderInThaiWithTheLawReaderAnchors() throws Exception {
        String home = body(get("/"));
        assertThat(home).contains("<html lang=\"th\"").contains("ค้นหากฎหมายไทย").contains("id=\"q\"");
        String results = body(get("/search").param("q", "ไก่ชน จดแจ้ง"));
        assertThat(results).contains("การเลี้ยงไก่ชนในหมู่บ้าน").contains("<em>").contains("ประเภท");
        String law = body(get("/laws/" + WebFixtures.ROOSTERS));
        assertThat(law).contains("id=\"sec-5-1\"").contains("href=\"#sec-5-1\"").contains("พ.ศ. 2567 (ค.ศ. 2024)")
                .contains("กรมการปกครอง").contains("มาตรา ๕/๑ แห่งพระราชบัญญัติการเลี้ยงไก่ชนในหมู่บ้าน");
        assertThat(law).contains("id=\"relations\"").contains("กฎหมายที่ออกโดยอาศัยอำนาจ (1)")
                .contains("href=\"/laws/" + pathOf(laws.get(1)) + "\"")
                .contains("href=\"/api/laws/" + pathOf(WebFixtures.ROOSTERS) + "/akn\"");
        assertThat(body(get("/laws/" + laws.get(1)))).contains("ออกโดยอาศัยอำนาจตาม (1)")
                .contains("href=\"/laws/" + pathOf(WebFixtures.ROOSTERS) + "\"");
        assertThat(body(get("/browse").param("type", "ACT"))).contains("การเลี้ยงไก่ชนในหมู่บ้าน");
        assertThat(body(get("/reviews"))).contains("รายการการทบทวนที่เผยแพร่แล้ว");
        assertThat(body(get("/login"))).contains("name=\"_csrf\"").contains("name=\"password\"");
    }

    @Test
    void theThaiWebFontIsServedByTheServiceWithItsLicenceAndFallbacks() throws Exception {
        assertThat(body(get("/css/kotmai.css"))).contains("url(\"/fonts/NotoSansThai-Regular.ttf\")")
                .contains("font-family: \"Kotmai Thai\", \"Sarabun\", \"Noto Sans Thai\"");
        byte[] font = mvc.perform(get("/fonts/NotoSansThai-Regular.ttf")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(font).startsWith(0, 1, 0, 0);
        assertThat(body(get("/fonts/OFL.txt"))).contains("SIL Open Font License, Version 1.1")
                .contains("PERMISSION & CONDITIONS");
    }

    @Test
    void theLanguageChosenWithLangIsKeptInACookie() throws Exception {
        MockHttpServletResponse english = mvc.perform(get("/").param("lang", "en")).andReturn().getResponse();
        assertThat(english.getContentAsString()).contains("<html lang=\"en\"").contains("Search Thai law");
        Cookie cookie = english.getCookie("kotmai-lang");
        assertThat(cookie).isNotNull();
        assertThat(mvc.perform(get("/browse").cookie(cookie)).andReturn().getResponse().getContentAsString())
                .contains("<html lang=\"en\"").contains("Browse laws");
        assertThat(body(get("/").param("lang", "fr"))).contains("<html lang=\"th\"");
    }

    @Test
    void signedInPagesRenderForTheirRoles() throws Exception {
        Review review = newReview();
        assertThat(body(get("/reviews/" + review.id()).with(user("officer").roles("OFFICER"))))
                .contains(review.title()).contains("ประวัติการเปลี่ยนแปลง");
        assertThat(body(get("/reviews/" + review.id() + "/steps/0").with(user("officer").roles("OFFICER"))))
                .contains("id=\"wizard\"").contains("data-question=\"regulation\"");
        assertThat(body(get("/reviews/new").with(user("officer").roles("OFFICER")))).contains("guillotine_review");
        assertThat(body(get("/officer/imports").with(user("officer").roles("OFFICER")))).contains("id=\"upload-form\"");
        assertThat(body(get("/officer/catalog").with(user("officer").roles("OFFICER")))).contains("id=\"law-count\"");
        assertThat(body(get("/admin/dictionary").with(user("admin").roles("ADMIN")))).contains("id=\"tsv\"");
        assertThat(body(get("/admin/search-quality").with(user("admin").roles("ADMIN")))).contains("id=\"path\"");
        mvc.perform(get("/officer/imports").with(user("reviewer").roles("REVIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/dictionary")).andExpect(status().is3xxRedirection());
    }

    @Test
    void noPageAnswers500ToHostileParameters() throws Exception {
        Review review = newReview();
        List<String> failures = new ArrayList<>();
        Campaign campaign = campaigns.create(new Actor("committee", Set.of(Role.COMMITTEE)),
                new CampaignRequests.Create("กิโยตินรับค่าแปลก ๆ", null, null));
        Map<String, List<String>> pageParams = Map.ofEntries(
                Map.entry("/", List.of("q", "lang", "signedOut")),
                Map.entry("/search", List.of("q", "type", "status", "yearFrom", "yearTo", "subjectGroup", "agency",
                        "page", "lang")),
                Map.entry("/browse", List.of("type", "subjectGroup", "year", "page")),
                Map.entry("/reviews", List.of("state", "mine")),
                Map.entry("/login", List.of("error", "logout")),
                Map.entry("/laws/" + laws.get(0), List.of("lang")),
                Map.entry("/reviews/" + review.id(), List.of("moved", "consultationOpened")),
                Map.entry("/reviews/" + review.id() + "/steps/1", List.of("attached", "removed")),
                Map.entry("/reviews/new", List.of("lawId")),
                Map.entry("/campaigns", List.of("mine")),
                Map.entry("/campaigns/" + campaign.id(), List.of("created", "added", "imported", "reviewsCreated",
                        "published")),
                Map.entry("/expost", List.of("overdue", "agency", "type", "dueBefore", "page")),
                Map.entry("/consultations", List.of("lang")),
                Map.entry("/admin/users", List.of("created", "disabled")));
        String draftReview = new ReviewApiClient(mvc).publish(templates.byId("guillotine_review").orElseThrow(),
                Map.of("kind", "DRAFT", "lawId", new ReviewApiClient(mvc).uploadDraft()), Map.of());
        for (String value : HOSTILE) {
            check(failures, post("/reviews/" + review.id() + "/steps/1/evidence").param("questionId", value)
                    .param("version", value).param("remove", value).with(csrf()).with(user("officer").roles("OFFICER")));
            check(failures, multipart("/reviews/" + review.id() + "/steps/1/evidence")
                    .file(new MockMultipartFile("file", value, null, value.getBytes(StandardCharsets.UTF_8)))
                    .param("questionId", "supporting_evidence").param("version", String.valueOf(review.revision()))
                    .with(csrf()).with(user("officer").roles("OFFICER")));
            check(failures, post("/reviews/" + review.id() + "/steps/1/evidence").param("questionId",
                    "supporting_evidence").param("version", String.valueOf(review.revision())).param("remove", value)
                    .with(csrf()).with(user("officer").roles("OFFICER")));
            check(failures, post("/campaigns").param("title", value).param("description", value)
                    .param("templateId", value).with(csrf()).with(user("committee").roles("COMMITTEE")));
            for (String field : List.of("type", "status", "yearFrom", "yearTo", "subjectGroup", "agency", "limit")) {
                check(failures, post("/campaigns/" + campaign.id() + "/inventory").param(field, value)
                        .param("agency", "หน่วยงานที่ไม่มีอยู่").with(csrf()).with(user("officer").roles("OFFICER")));
            }
            check(failures, multipart("/campaigns/" + campaign.id() + "/inventory.csv")
                    .file(new MockMultipartFile("file", "inventory.csv", "text/csv",
                            ("name,agency,kind,law_id\n" + value + "," + value + "," + value + "," + value + "\n")
                                    .getBytes(StandardCharsets.UTF_8)))
                    .with(csrf()).with(user("officer").roles("OFFICER")));
            check(failures, post("/campaigns/" + encodePath(value) + "/inventory.csv").with(csrf())
                    .with(user("officer").roles("OFFICER")));
            check(failures, post("/campaigns/" + campaign.id() + "/reviews").param("reviewers", value)
                    .with(csrf()).with(user("committee").roles("COMMITTEE")));
            check(failures, post("/campaigns/" + encodePath(value) + "/publication").param("published", value)
                    .with(csrf()).with(user("committee").roles("COMMITTEE")));
            check(failures, post("/campaigns/" + campaign.id() + "/publication").param("published", value)
                    .with(csrf()).with(user("committee").roles("COMMITTEE")));
            check(failures, post("/reviews/" + draftReview + "/consultation").param("start", value)
                    .param("end", value).with(csrf()).with(user("committee").roles("COMMITTEE")));
            check(failures, post("/reviews/" + encodePath(value) + "/consultation/close").with(csrf())
                    .with(user("committee").roles("COMMITTEE")));
            for (Map.Entry<String, List<String>> page : pageParams.entrySet()) {
                for (String param : page.getValue()) {
                    check(failures, get(page.getKey()).param(param, value)
                            .with(user("admin").roles("ADMIN", "OFFICER")));
                }
            }
            for (String path : List.of("/laws/", "/reviews/", "/officer/imports/", "/reviews/" + review.id()
                    + "/steps/", "/campaigns/", "/moderation/")) {
                check(failures, get(path + encodePath(value)).with(user("officer").roles("OFFICER")));
            }
            check(failures, post("/reviews").param("templateId", value).param("lawId", value)
                    .param("provisions", value).param("title", value).param("assignees", value)
                    .with(csrf()).with(user("officer").roles("OFFICER")));
            check(failures, post("/reviews/" + review.id() + "/transitions").param("version", value)
                    .param("transition", value).param("note", value).param("outcome", value)
                    .with(csrf()).with(user("committee").roles("COMMITTEE")));
            check(failures, post("/reviews/" + review.id() + "/transitions").param("version", "1")
                    .param("transition", "SUBMIT").param("note", value)
                    .with(csrf()).with(user("officer").roles("OFFICER")));
            check(failures, post("/officer/imports").param("source", value).param("path", value)
                    .with(csrf()).with(user("officer").roles("OFFICER")));
            check(failures, post("/officer/imports").param("source", "FOLDER").param("path", value)
                    .with(csrf()).with(user("officer").roles("OFFICER")));
            check(failures, post("/admin/search-quality").param("path", value).param("tsv", value)
                    .with(csrf()).with(user("admin").roles("ADMIN")));
            check(failures, post("/admin/search-quality").param("path", value)
                    .with(csrf()).with(user("admin").roles("ADMIN")));
            check(failures, post("/login").param("username", value).param("password", value).with(csrf()));
            check(failures, post("/admin/users").param("username", value).param("password", value)
                    .param("roles", value).with(csrf()).with(user("admin").roles("ADMIN")));
            check(failures, post("/admin/users/" + encodePath(value) + "/disable").with(csrf())
                    .with(user("admin").roles("ADMIN")));
            check(failures, post("/reviews/" + review.id() + "/comments").param("name", value).param("text", value)
                    .with(csrf()));
            check(failures, post("/reviews/" + encodePath(value) + "/comments").param("text", "ความเห็น")
                    .with(csrf()));
            check(failures, post("/moderation/" + review.id() + "/comments/" + encodePath(value))
                    .param("decision", value).param("reason", value).with(csrf())
                    .with(user("committee").roles("COMMITTEE")));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aRefusedDictionaryEditIsShownWithItsReasonAndChangesNothing() throws Exception {
        String before = textarea(body(get("/admin/dictionary").with(user("admin").roles("ADMIN"))));
        String refused = mvc.perform(post("/admin/dictionary").param("tsv", "only-one-field-and-no-tab")
                        .with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"dictionary-error\"");
        assertThat(textarea(body(get("/admin/dictionary").with(user("admin").roles("ADMIN"))))).isEqualTo(before)
                .contains("\t");
    }

    @Test
    void theApiStaysStatelessAndASessionCallNeedsTheCsrfToken() throws Exception {
        Review review = newReview();
        String answers = "{\"version\":" + review.revision() + ",\"answers\":{\"formality\":\"การจดแจ้งไก่ชน\"}}";
        MockHttpServletResponse basic = mvc.perform(patch("/api/reviews/" + review.id() + "/answers")
                        .header("Authorization", "Basic b2ZmaWNlcjpvZmZpY2VyLWRlbW8=")
                        .contentType(MediaType.APPLICATION_JSON).content(answers))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(basic.getHeader("Set-Cookie")).isNull();

        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", "officer")
                .param("password", "officer-demo").with(csrf())).andReturn().getRequest().getSession();
        String next = "{\"version\":" + (review.revision() + 1) + ",\"answers\":{\"formality\":\"การจดแจ้งไก่\"}}";
        mvc.perform(patch("/api/reviews/" + review.id() + "/answers").session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(next))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/reviews/" + review.id() + "/answers").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(next))
                .andExpect(status().isOk());
    }

    @Test
    void aCampaignDashboardDrawsItsChartsWithTablesAndExportLinks() throws Exception {
        Actor committee = new Actor("committee", Set.of(Role.COMMITTEE));
        Campaign campaign = campaigns.create(committee, new CampaignRequests.Create("กิโยตินการปกครองท้องถิ่น",
                null, null));
        campaigns.addFromCatalog(committee, campaign.id(), new CampaignRequests.CatalogInventory(null, null, null,
                null, null, null, 5));
        campaigns.createReviews(committee, campaign.id(), new CampaignRequests.ReviewOrder(List.of("reviewer"),
                Map.of(), null));

        String page = body(get("/campaigns/" + campaign.id()).with(user("committee").roles("COMMITTEE")));
        assertThat(page).contains("<svg id=\"decision-chart\"").contains("<svg id=\"burden-chart\"")
                .contains("role=\"img\"").contains("aria-label=\"แผนภูมิแท่งซ้อน").contains("<title>")
                .contains("class=\"s-undecided\"").contains("id=\"decision-data\"").contains("id=\"burden-data\"")
                .contains("กรมการปกครอง").contains("ยังไม่มีมติ")
                .contains("href=\"/api/campaigns/" + campaign.id() + "/export.csv\"")
                .contains("href=\"/api/campaigns/" + campaign.id() + "/export.xlsx\"");
        assertThat(body(get("/campaigns").param("mine", "true").with(user("committee").roles("COMMITTEE"))))
                .contains("กิโยตินการปกครองท้องถิ่น");
        assertThat(body(get("/campaigns").param("mine", "true").with(user("officer").roles("OFFICER"))))
                .doesNotContain("กิโยตินการปกครองท้องถิ่น");
        assertThat(body(get("/campaigns/" + campaign.id()).param("lang", "en")
                .with(user("reviewer").roles("REVIEWER")))).contains("Decisions by agency").contains("id=\"inventory\"");
        mvc.perform(get("/campaigns/" + campaign.id())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theExPostListShowsDueLawsAndRefusesABadDateWithAPage() throws Exception {
        assertThat(body(get("/expost"))).contains("id=\"expost\"").contains("การเลี้ยงไก่ชนในหมู่บ้าน")
                .contains("รอประเมิน");
        assertThat(body(get("/expost").param("overdue", "true").param("agency", "กรมการปกครอง")))
                .doesNotContain("การเลี้ยงไก่ชนในหมู่บ้าน");
        String refused = mvc.perform(get("/expost").param("dueBefore", "31/12/2570")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("dueBefore").contains("2027-01-01");
    }

    @Test
    void anAdministratorCreatesAndDisablesAUserAndARefusalKeepsTheForm() throws Exception {
        String name = "clerk" + System.nanoTime();
        String refused = mvc.perform(post("/admin/users").param("username", name).param("password", "short")
                        .param("roles", "OFFICER").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"user-error\"").contains("at least 10 characters")
                .contains("value=\"" + name + "\"").contains("aria-invalid=\"true\"");
        mvc.perform(post("/admin/users").param("username", name).param("password", "long-enough-secret")
                        .param("roles", "OFFICER", "REVIEWER").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/users?created=" + name));
        assertThat(body(get("/admin/users").with(user("admin").roles("ADMIN")))).contains(name)
                .contains("id=\"disable-" + name + "\"");
        mvc.perform(post("/admin/users").param("username", name).param("password", "long-enough-secret")
                        .param("roles", "OFFICER").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/users/" + name + "/disable").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/users?disabled=" + name));
        assertThat(body(get("/admin/users").with(user("admin").roles("ADMIN"))))
                .doesNotContain("id=\"disable-" + name + "\"");
        mvc.perform(get("/admin/users").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void thePublicCommentsOnAnOpenConsultationAndSeesOnlyApprovedComments() throws Exception {
        ReviewApiClient api = new ReviewApiClient(mvc);
        String reviewId = api.publish(templates.byId("guillotine_review").orElseThrow(),
                Map.of("kind", "DRAFT", "lawId", api.uploadDraft()), Map.of());
        consultations.open(new Actor("committee", Set.of(Role.COMMITTEE)), reviewId, Instant.now().minusSeconds(60),
                Instant.now().plus(30, ChronoUnit.DAYS));
        String review = body(get("/reviews/" + reviewId));
        assertThat(review).contains("id=\"comment-form\"").contains("href=\"/api/reviews/" + reviewId
                + "/report.docx\"").contains("report.html").contains("report.json");
        assertThat(body(get("/consultations"))).contains("href=\"/reviews/" + reviewId + "#consultation\"");

        String empty = mvc.perform(comment(reviewId, "192.0.2.10", "ชาวบ้าน", "   "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("id=\"comment-error\"").contains("is empty").contains("value=\"ชาวบ้าน\"");
        mvc.perform(comment(reviewId, "192.0.2.10", "ชาวบ้าน", "ควรเปิดให้จดแจ้งทางออนไลน์"))
                .andExpect(redirectedUrl("/reviews/" + reviewId + "?commented#consultation"));
        assertThat(body(get("/reviews/" + reviewId).param("commented", ""))).contains("id=\"comment-held\"")
                .doesNotContain("ควรเปิดให้จดแจ้งทางออนไลน์");

        String moderation = body(get("/moderation/" + reviewId).with(user("committee").roles("COMMITTEE")));
        assertThat(moderation).contains("ควรเปิดให้จดแจ้งทางออนไลน์").contains("รอกลั่นกรอง");
        String commentId = consultations.comments(new Actor("committee", Set.of(Role.COMMITTEE)), reviewId).get(0)
                .id();
        mvc.perform(post("/moderation/" + reviewId + "/comments/" + commentId).param("decision", "APPROVED")
                        .with(csrf()).with(user("committee").roles("COMMITTEE")))
                .andExpect(redirectedUrl("/moderation/" + reviewId + "?moderated=APPROVED"));
        assertThat(body(get("/reviews/" + reviewId))).contains("ควรเปิดให้จดแจ้งทางออนไลน์");
        mvc.perform(get("/moderation/" + reviewId).with(user("officer").roles("OFFICER")))
                .andExpect(status().isForbidden());

        MockHttpServletResponse limited = null;
        for (int i = 0; i < 10 && (limited == null || limited.getStatus() != 429); i++) {
            limited = mvc.perform(comment(reviewId, "192.0.2.11", null, "ความเห็นที่ " + i)).andReturn().getResponse();
        }
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
        assertThat(limited.getContentAsString()).contains("ส่งความคิดเห็นถี่เกินไป").contains("ความเห็นที่ ");
    }

    @Test
    void anEvidenceFileIsAttachedWithoutScriptsAndARefusedFileIsExplainedOnTheStep() throws Exception {
        Review review = newReview();
        String step = "/reviews/" + review.id() + "/steps/1";
        assertThat(body(get(step).with(user("officer").roles("OFFICER")))).contains("type=\"file\"")
                .contains("id=\"in-supporting_evidence\"").contains("form=\"evidence-supporting_evidence\"")
                .contains("enctype=\"multipart/form-data\"").contains("20 MB");

        String refused = mvc.perform(evidence(step, review.revision(), "minutes.pdf",
                        "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnsupportedMediaType()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("text/html").contains("aria-invalid=\"true\"");
        String locked = mvc.perform(evidence(step, review.revision(), "locked.pdf", passwordProtectedPdf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(locked).contains("password-protected").contains("aria-invalid=\"true\"");

        mvc.perform(evidence(step, review.revision(), "hearing-minutes.pdf", pdf()))
                .andExpect(redirectedUrl(step + "?attached#q-supporting_evidence"));
        Actor officer = new Actor("officer", Set.of(Role.OFFICER));
        Review attached = reviews.get(officer, review.id());
        assertThat(attached.answers().get("supporting_evidence")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
        String attachmentId = (String) ((List<?>) attached.answers().get("supporting_evidence")).get(0);
        assertThat(body(get(step).param("attached", "").with(user("officer").roles("OFFICER"))))
                .contains("hearing-minutes.pdf")
                .contains("href=\"/api/reviews/" + review.id() + "/attachments/" + attachmentId + "\"");
        assertThat(body(get("/reviews/" + review.id()).with(user("officer").roles("OFFICER"))))
                .contains("hearing-minutes.pdf");

        mvc.perform(evidence(step, review.revision(), "late.pdf", pdf())).andExpect(status().isConflict());
        assertThat(attachments.list(officer, review.id())).hasSize(1);

        mvc.perform(post(step + "/evidence").param("questionId", "supporting_evidence")
                        .param("version", String.valueOf(attached.revision())).param("remove", attachmentId)
                        .with(csrf()).with(user("officer").roles("OFFICER")))
                .andExpect(redirectedUrl(step + "?removed#q-supporting_evidence"));
        assertThat(reviews.get(officer, review.id()).answers()).doesNotContainKey("supporting_evidence");
        assertThat(attachments.list(officer, review.id())).isEmpty();
        mvc.perform(evidence(step, attached.revision() + 1, "other.pdf", pdf()).with(user("reviewer2")
                .roles("REVIEWER"))).andExpect(status().isForbidden());
    }

    @Test
    void theCommitteeRunsACampaignFromItsPagesAndACsvRefusalListsEveryLineAtFault() throws Exception {
        mvc.perform(post("/campaigns").param("title", " ").with(csrf()).with(user("committee").roles("COMMITTEE")))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("id=\"campaign-error\"")
                        .contains("title"));
        mvc.perform(post("/campaigns").param("title", "กิโยตินของเจ้าหน้าที่").with(csrf())
                .with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        String location = mvc.perform(post("/campaigns").param("title", "กิโยตินใบอนุญาตท้องถิ่น")
                        .param("templateId", "guillotine_review").with(csrf()).with(user("committee").roles("COMMITTEE")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/campaigns/").endsWith("?created");
        String page = location.substring(0, location.indexOf('?'));
        String id = page.substring("/campaigns/".length());
        assertThat(body(get(page).with(user("committee").roles("COMMITTEE")))).contains("id=\"catalog-form\"")
                .contains("id=\"csv-form\"").contains("id=\"reviews-form\"").contains("value=\"reviewer\"")
                .contains("id=\"publication-form\"");
        assertThat(body(get(page).with(user("officer").roles("OFFICER")))).contains("id=\"csv-form\"")
                .doesNotContain("id=\"reviews-form\"");

        assertThat(mvc.perform(post(page + "/inventory").param("yearFrom", "สองพัน").with(csrf())
                        .with(user("officer").roles("OFFICER"))).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"catalog-error\"").contains("yearFrom")
                .contains("value=\"สองพัน\"");
        mvc.perform(post(page + "/inventory").param("type", "ACT").param("agency", "กรมการปกครอง")
                        .param("yearFrom", "๒๕๖๐").with(csrf()).with(user("officer").roles("OFFICER")))
                .andExpect(redirectedUrl(page + "?added=1#manage"));

        String badCsv = "name,agency,kind,law_id\nใบอนุญาตเลี้ยงไก่ชน,กรมการปกครอง,ใบสั่งซื้อ," + WebFixtures.ROOSTERS
                + "\n,กรมการปกครอง,licence,no-such-law\n";
        String refused = mvc.perform(csv(page, badCsv).with(user("officer").roles("OFFICER")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"csv-errors\"").contains("<td>2</td><td>kind</td>")
                .contains("<td>3</td>");
        assertThat(campaigns.get(new Actor("committee", Set.of(Role.COMMITTEE)), id).items()).hasSize(1);
        String goodCsv = "name,agency,kind,law_id,annual_applications\nใบอนุญาตเลี้ยงไก่ชน,กรมการปกครอง,licence,"
                + WebFixtures.ROOSTERS + ",1200\n";
        mvc.perform(csv(page, goodCsv).with(user("officer").roles("OFFICER")))
                .andExpect(redirectedUrl(page + "?imported=1#manage"));

        assertThat(mvc.perform(post(page + "/reviews").param("reviewers", "officer").with(csrf())
                        .with(user("committee").roles("COMMITTEE"))).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"reviews-error\"").contains("not one of the reviewers listed");
        mvc.perform(post(page + "/reviews").param("reviewers", "reviewer", "reviewer2").with(csrf())
                        .with(user("committee").roles("COMMITTEE")))
                .andExpect(redirectedUrl(page + "?reviewsCreated=2#manage"));
        Campaign run = campaigns.get(new Actor("committee", Set.of(Role.COMMITTEE)), id);
        assertThat(run.items()).allSatisfy(item -> assertThat(item.reviewId()).isNotNull())
                .extracting(item -> item.assignees().get(0)).containsExactly("reviewer", "reviewer2");

        mvc.perform(post(page + "/publication").param("published", "true").with(csrf())
                        .with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/publication").param("published", "true").with(csrf())
                        .with(user("committee").roles("COMMITTEE")))
                .andExpect(redirectedUrl(page + "?published=true#manage"));
        assertThat(campaigns.get(new Actor("committee", Set.of(Role.COMMITTEE)), id).published()).isTrue();
        assertThat(body(get(page).param("published", "true").param("lang", "en")
                .with(user("committee").roles("COMMITTEE")))).contains("The campaign summary is now public")
                .contains("Withdraw the summary");
    }

    @Test
    void theCommitteeOpensAShortConsultationWithAWarningAndClosesIt() throws Exception {
        ReviewApiClient api = new ReviewApiClient(mvc);
        String reviewId = api.publish(templates.byId("guillotine_review").orElseThrow(),
                Map.of("kind", "DRAFT", "lawId", api.uploadDraft()), Map.of());
        String page = "/reviews/" + reviewId;
        assertThat(body(get(page).with(user("committee").roles("COMMITTEE"))))
                .contains("id=\"consultation-open-form\"").contains("type=\"date\"");
        assertThat(body(get(page))).doesNotContain("consultation-open-form");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"));

        assertThat(mvc.perform(post(page + "/consultation").param("start", today.toString())
                        .param("end", today.minusDays(3).toString()).with(csrf())
                        .with(user("committee").roles("COMMITTEE"))).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"period-error\"").contains("comes before");
        mvc.perform(post(page + "/consultation").param("start", today.toString()).param("end",
                        today.plusDays(9).toString()).with(csrf()).with(user("officer").roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/consultation").param("start", today.toString())
                        .param("end", today.plusDays(9).toString()).with(csrf())
                        .with(user("committee").roles("COMMITTEE")))
                .andExpect(redirectedUrl(page + "?consultationOpened#consultation"));
        assertThat(consultations.get(reviewId).open()).isTrue();
        assertThat(body(get(page).param("consultationOpened", "").with(user("committee").roles("COMMITTEE"))))
                .contains("id=\"consultation-warning\"").contains("มีเพียง 10 วัน").contains("id=\"close-consultation\"")
                .contains("value=\"" + today.plusDays(9) + "\"");
        assertThat(body(get(page))).doesNotContain("consultation-warning").contains("id=\"comment-form\"");

        mvc.perform(post(page + "/consultation/close").with(csrf()).with(user("committee").roles("COMMITTEE")))
                .andExpect(redirectedUrl(page + "?consultationClosed#consultation"));
        assertThat(consultations.get(reviewId).open()).isFalse();
        assertThat(mvc.perform(post(page + "/consultation/close").with(csrf())
                        .with(user("committee").roles("COMMITTEE"))).andExpect(status().isConflict()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"period-error\"").contains("already ended");
        assertThat(body(get(page))).doesNotContain("id=\"comment-form\"");
    }

    private static MockMultipartHttpServletRequestBuilder evidence(String step, long version, String name, byte[] content) {
        return multipart(step + "/evidence").file(new MockMultipartFile("file", name, "application/pdf", content))
                .param("questionId", "supporting_evidence").param("version", String.valueOf(version)).with(csrf())
                .with(user("officer").roles("OFFICER"));
    }

    private static MockMultipartHttpServletRequestBuilder csv(String campaignPage, String text) {
        return multipart(campaignPage + "/inventory.csv").file(new MockMultipartFile("file", "inventory.csv",
                "text/csv", text.getBytes(StandardCharsets.UTF_8))).with(csrf());
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] passwordProtectedPdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(out);
            return out.toByteArray();
        }
    }

    private static MockHttpServletRequestBuilder comment(String reviewId, String client, String name, String text) {
        MockHttpServletRequestBuilder request = post("/reviews/" + reviewId + "/comments").param("text", text)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                });
        return name == null ? request : request.param("name", name);
    }

    private Review newReview() {
        return reviews.create(new Actor("officer", Set.of(Role.OFFICER)), new NewReview("guillotine_review",
                new ReviewSubject(SubjectKind.LAW, laws.get(0), List.of()), null, List.of()));
    }

    private String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void check(List<String> failures, RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() >= 500) {
            failures.add(response.getStatus() + " " + request.buildRequest(new org.springframework.mock.web
                    .MockServletContext()).getRequestURI() + ": " + response.getContentAsString().lines().limit(3)
                    .toList());
        }
    }

    private static String textarea(String page) {
        return page.substring(page.indexOf("<textarea id=\"tsv\""), page.indexOf("</textarea>"));
    }

    private static String pathOf(String id) {
        return org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String encodePath(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
