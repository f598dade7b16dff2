package org.kotmai.review.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.review.api.ReviewApiClient;
import org.kotmai.review.api.ReviewApiClient.User;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reports of a real review over HTTP: who may print it, and what each format holds. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-reports")
@AutoConfigureMockMvc
class ReportIntegrationTest {

    private static final String HOSTILE = "<script>alert('รายงาน')</script>ภาระเกินจำเป็น";

    @Autowired
    MockMvc mvc;

    @Autowired
    TemplateCatalog templates;

    private ReviewApiClient api;
    private Template template;
    private String textQuestion;

    @BeforeEach
    void catalogueTheLaw() throws Exception {
        api = new ReviewApiClient(mvc);
        api.uploadSampleLaw();
        template = templates.byId("standard_cost_model").orElseThrow();
        textQuestion = template.questions().filter(q -> q.type() == QuestionType.TEXT).map(Question::id)
                .findFirst().orElseThrow();
    }

    @Test
    void publishedReportIsPublicInEveryFormatWithoutNames() throws Exception {
        String id = api.publish(template, Map.of("kind", "LAW", "lawId", ReviewApiClient.LAW_ID),
                Map.of(textQuestion, HOSTILE));

        MockHttpServletResponse docx = fetch(User.PUBLIC, id, "docx");
        assertThat(docx.getStatus()).isEqualTo(200);
        assertThat(docx.getContentType()).isEqualTo(ReportController.DOCX.toString());
        assertThat(docx.getHeader("Content-Disposition")).contains("attachment", ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains(template.title().th(), HOSTILE, "พระราชบัญญัติทดสอบคลังกฎหมาย",
                    "กิจกรรมภายใต้กฎปัจจุบัน", "ภาระต่อปีตามกฎปัจจุบัน", "มติที่ประชุม");
        }

        MockHttpServletResponse html = fetch(User.PUBLIC, id, "html");
        String page = html.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat(html.getHeader("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page).contains("lang=\"th\"", "&lt;script&gt;alert(&#39;รายงาน&#39;)&lt;/script&gt;ภาระเกินจำเป็น")
                .doesNotContain("<script");

        JsonNode json = JsonMapper.builder().build().readTree(fetch(User.PUBLIC, id, "json")
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.path("state").asString()).isEqualTo("PUBLISHED");
        assertThat(json.path("sections").size()).isEqualTo(template.report().size());
        assertThat(json.findValuesAsString("kind")).contains("ANSWER", "TABLE", "COMPUTED");
        assertThat(json.path("audit").path("createdBy").isNull()).as("the public is not told who worked on it")
                .isTrue();
        assertThat(json.path("audit").path("moves").size()).isEqualTo(4);
        assertThat(json.path("decision").path("decidedBy").isNull()).isTrue();
    }

    @Test
    void signedInReadersSeeNamesAndUnpublishedReportsStayPrivate() throws Exception {
        String id = api.createOfLaw("standard_cost_model").id();

        assertThat(fetch(User.PUBLIC, id, "docx").getStatus()).isEqualTo(404);
        assertThat(fetch(User.PUBLIC, id, "html").getStatus()).isEqualTo(404);
        MockHttpServletResponse json = fetch(User.REVIEWER, id, "json");
        assertThat(json.getStatus()).isEqualTo(200);
        JsonNode report = JsonMapper.builder().build().readTree(json.getContentAsString(StandardCharsets.UTF_8));
        assertThat(report.path("audit").path("createdBy").asString()).isEqualTo("officer");
        assertThat(report.findValuesAsString("text")).contains("—");
        assertThat(fetch(User.PUBLIC, "no-such-review", "json").getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse fetch(User user, String id, String format) throws Exception {
        var request = get("/api/reviews/{id}/report." + format, id);
        if (user.name() != null) {
            request.with(httpBasic(user.name(), user.name() + "-demo"));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
