package org.kotmai.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.kotmai.ingest.IngestService;
import org.kotmai.review.api.CompleteAnswers;
import org.kotmai.review.campaign.CampaignService;
import org.kotmai.review.campaign.InventoryItem;
import org.kotmai.review.workflow.ReviewTransitions;
import org.kotmai.review.workflow.Transition;
import org.kotmai.review.workflow.NewReview;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewSubject;
import org.kotmai.review.workflow.SubjectKind;
import org.kotmai.security.Actor;
import org.kotmai.security.Role;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in Debian's headless Chromium against the whole service on a random port: searching and reading a law,
 * the language toggle, a guillotine review from the first answer to the committee's decision, and an edit conflict.
 * Every page visited is checked with axe-core; screenshots of key pages go to {@code target/screenshots/}.
 */
@ElasticsearchIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kotmai.elasticsearch.index-prefix=it-web-browser", "kotmai.search.law-table-ttl=0s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    IngestService ingest;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewTransitions transitions;
    @Autowired
    CampaignService campaigns;

    Browser browser;
    List<String> laws;
    final List<String> violations = new ArrayList<>();

    @BeforeAll
    void startBrowser() {
        Assumptions.assumeTrue(Browser.available(), "no " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                + ": install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        laws = WebFixtures.catalog(ingest);
        browser = new Browser("http://localhost:" + port);
    }

    @BeforeEach
    void forgetEarlierViolations() {
        violations.clear();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void searchOpenTheLawAndFollowAProvisionPermalink() {
        browser.open("/");
        check("home");
        browser.find("#q").sendKeys("พระราชบัญญัติการเลี้ยงไก่");
        browser.waitFor(d -> !browser.all("#suggestions li").isEmpty() && browser.find("#suggestions").isDisplayed());
        assertThat(browser.find("#suggestions li").getText()).contains("การเลี้ยงไก่ชนในหมู่บ้าน");
        browser.find("#q").clear();
        browser.find("#q").sendKeys("เล้าไก่ บ่อน้ำสาธารณะ", Keys.ENTER);
        browser.waitFor(d -> browser.path().startsWith("/search"));
        assertThat(browser.find(".law-group h2").getText()).contains("การเลี้ยงไก่ชนในหมู่บ้าน");
        assertThat(browser.find(".hit em").getText()).isNotBlank();
        check("search-results");

        browser.find(".hit h3 a").click();
        browser.waitFor(d -> browser.path().startsWith("/laws/"));
        assertThat(browser.path()).endsWith("#sec-5-1");
        assertThat(browser.find(".provision:target").getAttribute("id")).isEqualTo("sec-5-1");
        check("law-reader");

        browser.find("a[href='#sec-7']").click();
        browser.waitFor(d -> browser.path().endsWith("#sec-7"));
        browser.find("#sec-7 a.permalink").click();
        assertThat(browser.path()).endsWith("#sec-7");
        assertThat(browser.find(".provision:target h3").getText()).contains("มาตรา ๗");
        assertThat(browser.find("#sec-7 button[data-copy]").getAttribute("data-copy"))
                .isEqualTo("มาตรา ๗ แห่งพระราชบัญญัติการเลี้ยงไก่ชนในหมู่บ้าน พ.ศ. ๒๕๖๗");

        browser.resize(390, 844);
        browser.open("/laws/" + laws.get(0) + "#sec-5");
        browser.screenshot("law-reader-phone");
        browser.resize(1280, 1000);
        browser.open("/browse");
        check("browse");
        assertThat(violations).isEmpty();
    }

    @Test
    void theEnglishToggleSwitchesEveryPageAndBack() {
        browser.open("/browse");
        assertThat(browser.lang()).isEqualTo("th");
        browser.find("#lang-toggle").click();
        browser.waitFor(d -> "en".equals(browser.lang()));
        assertThat(browser.find("h1").getText()).startsWith("Laws in the catalog");
        browser.open("/");
        assertThat(browser.find("h1").getText()).isEqualTo("Search Thai law");
        check("home-english");
        browser.open("/laws/" + laws.get(1));
        assertThat(browser.find("#facts-heading").getText()).isEqualTo("About this law");
        browser.find("#lang-toggle").click();
        browser.waitFor(d -> "th".equals(browser.lang()));
        assertThat(browser.find("#facts-heading").getText()).isEqualTo("ข้อมูลกฎหมาย");
        assertThat(violations).isEmpty();
    }

    @Test
    void aGuillotineReviewGoesFromTheWizardToTheCommitteesDecisionAndIsPublishedAndDownloaded(@TempDir Path folder)
            throws Exception {
        browser.signIn("officer");
        browser.open("/reviews/new?lawId=" + laws.get(0));
        check("review-new");
        new Select(browser.find("#templateId")).selectByValue("guillotine_review");
        browser.find("#title").sendKeys("ทบทวนการจดแจ้งไก่ชน");
        browser.find("main form button[type=submit]").click();
        browser.waitFor(d -> browser.path().endsWith("/steps/0"));

        type("#in-regulation", laws.get(0) + "/5");
        type("#in-formality", "การจดแจ้งการเลี้ยงไก่ชนเกินสิบตัว");
        type("#in-responsible_agency", "กรมการปกครอง");
        type("#in-annual_burden", "12000");
        waitSaved();
        check("wizard-step-1");
        browser.find("#next-step").click();
        browser.waitFor(d -> browser.path().endsWith("/steps/1"));

        // the third question is shown only once the first two are answered yes, so those answers reload the step
        chooseAndReload("input[name='in-necessary'][value='true']");
        chooseAndReload("input[name='in-legal'][value='true']");
        chooseAndReload("input[name='in-business_friendly'][value='false']");
        type("#in-justification", "การจดแจ้งยังจำเป็นต่อการควบคุมโรคระบาดในสัตว์ปีก แต่ขั้นตอนซ้ำซ้อน");
        type("#in-amendment_proposal", "ให้จดแจ้งทางออนไลน์ได้และขยายอายุการจดแจ้งเป็นห้าปี");
        waitSaved();
        Path disguised = Files.writeString(folder.resolve("minutes.pdf"), "<!DOCTYPE html><html><body>x</body></html>");
        browser.find("#in-supporting_evidence").sendKeys(disguised.toString());
        browser.find("#attach-supporting_evidence").click();
        browser.waitFor(d -> browser.find("#err-supporting_evidence").isDisplayed());
        assertThat(browser.find("#err-supporting_evidence").getText()).contains("text/html");
        assertThat(browser.all("#files-supporting_evidence li")).isEmpty();
        browser.find("#in-supporting_evidence").sendKeys(pdf(folder.resolve("hearing-minutes.pdf")).toString());
        browser.find("#attach-supporting_evidence").click();
        browser.waitFor(d -> "แนบไฟล์และบันทึกคำตอบแล้ว".equals(browser.find("#save-status").getText()));
        assertThat(browser.find("#files-supporting_evidence a").getText()).isEqualTo("hearing-minutes.pdf");
        assertThat(browser.find("#files-supporting_evidence button").getAttribute("aria-label"))
                .isEqualTo("นำไฟล์ hearing-minutes.pdf ออก");
        assertThat(browser.find("#err-supporting_evidence").isDisplayed()).isFalse();
        check("wizard-evidence");
        browser.find("#save-answers").click();
        browser.waitFor(d -> browser.find("#problems").getAttribute("hidden") != null);
        browser.screenshot("wizard-step-2");
        check("wizard-step-2");
        browser.find("#finish").click();
        browser.waitFor(d -> browser.all("#wizard").isEmpty());
        assertThat(browser.find("#suggested-decision").getText()).contains("แก้ไขปรับปรุง");
        browser.find("#move-SUBMIT").click();
        browser.waitFor(d -> browser.path().contains("moved=SUBMIT"));
        assertThat(browser.find("#review-state").getText()).isEqualTo("ส่งแล้ว");
        browser.signOut();

        browser.signIn("committee");
        browser.find("a[href='/reviews?mine=true']").click();
        check("my-reviews");
        browser.find("main table a").click();
        browser.find("#move-START_COMMITTEE_REVIEW").click();
        browser.waitFor(d -> browser.path().contains("moved=START_COMMITTEE_REVIEW"));
        browser.find("#note-DECIDE").sendKeys("เห็นชอบให้แก้ไขตามข้อเสนอ");
        browser.find("#move-DECIDE").click();
        browser.waitFor(d -> browser.path().contains("moved=DECIDE"));
        assertThat(browser.find("#decision-outcome").getText()).isEqualTo("แก้ไขปรับปรุง");
        assertThat(browser.find("#audit-heading").isDisplayed()).isTrue();
        check("review-decided");
        browser.find("#move-PUBLISH").click();
        browser.waitFor(d -> browser.path().contains("moved=PUBLISH"));
        String published = browser.path().substring(0, browser.path().indexOf('?'));
        byte[] docx = download(browser.find("#report-docx").getAttribute("href"));
        assertThat(docx).startsWith('P', 'K', 3, 4);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("ทบทวนการจดแจ้งไก่ชน");
        }
        browser.signOut();
        browser.open("/reviews");
        assertThat(browser.find("main table").getText()).contains("ทบทวนการจดแจ้งไก่ชน");
        check("published-reviews");
        browser.open(published);
        assertThat(browser.find("#decision-outcome").getText()).isEqualTo("แก้ไขปรับปรุง");
        WebElement evidence = browser.find("main .files a");
        assertThat(evidence.getText()).isEqualTo("hearing-minutes.pdf");
        assertThat(download(evidence.getAttribute("href"))).startsWith('%', 'P', 'D', 'F');
        assertThat(browser.all("#audit-heading")).isEmpty();
        check("published-review");
        assertThat(violations).isEmpty();
    }

    @Test
    void theCommitteeRunsACampaignFromItsPagesAndReadsItsDashboardCharts(@TempDir Path folder) throws Exception {
        Actor committee = new Actor("committee", Set.of(Role.COMMITTEE));
        browser.signIn("committee");
        browser.open("/campaigns");
        browser.find("#campaign-title").sendKeys("กิโยตินงานปศุสัตว์ในหมู่บ้าน");
        browser.find("#campaign-description").sendKeys("ทบทวนการจดแจ้งและใบอนุญาตในหมู่บ้าน");
        check("campaign-create");
        browser.find("#create-campaign-submit").click();
        browser.waitFor(d -> browser.path().contains("?created"));
        String page = browser.path().substring(0, browser.path().indexOf('?'));
        Path csv = Files.writeString(folder.resolve("inventory.csv"), "name,agency,kind,law_id\n"
                + "ใบอนุญาตเลี้ยงไก่ชน,กรมการปกครอง,ใบสั่งซื้อ," + laws.get(0) + "\n");
        browser.find("#csv-file").sendKeys(csv.toString());
        browser.find("#csv-submit").click();
        browser.waitFor(d -> !browser.all("#csv-errors").isEmpty());
        assertThat(browser.find("#csv-errors tbody").getText()).contains("2").contains("kind");
        check("campaign-csv-refused");
        browser.find("#inv-limit").sendKeys("10");
        browser.find("#catalog-submit").click();
        browser.waitFor(d -> browser.path().contains("?added="));
        browser.find("#reviewer-reviewer").click();
        browser.find("#reviews-submit").click();
        browser.waitFor(d -> browser.path().contains("?reviewsCreated="));
        assertThat(browser.find("#manage-done").getText()).isNotBlank();
        String id = page.substring("/campaigns/".length());
        InventoryItem first = campaigns.get(committee, id).items().get(0);
        assertThat(first.assignees()).containsExactly("reviewer");
        decide(reviews.get(committee, first.reviewId()), "repeal");
        browser.find("#publication-submit").click();
        browser.waitFor(d -> browser.path().contains("?published=true"));
        assertThat(campaigns.get(committee, id).published()).isTrue();

        browser.find("a[href='/campaigns?mine=true']").click();
        browser.waitFor(d -> browser.path().startsWith("/campaigns?mine"));
        check("my-campaigns");
        browser.find("#campaigns a[href='" + page + "']").click();
        browser.waitFor(d -> !browser.all("#decision-chart").isEmpty());
        assertThat(browser.find("#decision-chart").getAttribute("role")).isEqualTo("img");
        assertThat(browser.find("#decision-chart").getAttribute("aria-label")).isNotBlank();
        assertThat(browser.all("#decision-chart title")).isNotEmpty();
        assertThat(browser.all("#decision-chart rect.s-repeal")).hasSize(1);
        assertThat(browser.all("#decision-chart rect.s-undecided")).isNotEmpty();
        assertThat(browser.all("#burden-chart rect.s-burden")).isNotEmpty();
        assertThat(browser.all("#decision-data tbody tr")).hasSameSizeAs(browser.all("#decision-chart g"));
        assertThat(browser.find("#export-xlsx").getAttribute("href")).endsWith("/export.xlsx");
        browser.scrollTo("#decisions-heading");
        check("campaign-dashboard");
        browser.signOut();
        browser.open("/expost");
        check("expost-due");
        assertThat(violations).isEmpty();
    }

    @Test
    void thePublicCommentsOnAConsultationAndTheCommitteeApprovesTheComment() {
        Actor officer = new Actor("officer", Set.of(Role.OFFICER));
        Review review = reviews.create(officer, new NewReview("guillotine_review",
                new ReviewSubject(SubjectKind.DRAFT, WebFixtures.draft(ingest), List.of()), "รับฟังร่างกฎหมายไก่ชน",
                List.of("reviewer")));
        Review decided = decide(review, null);
        transitions.apply(new Actor("committee", Set.of(Role.COMMITTEE)), review.id(), decided.revision(),
                Transition.PUBLISH, null, null);
        browser.signIn("committee");
        browser.open("/reviews/" + review.id());
        String today = LocalDate.now(ZoneId.of("Asia/Bangkok")).toString();
        String inNineDays = LocalDate.now(ZoneId.of("Asia/Bangkok")).plusDays(9).toString();
        browser.script("document.getElementById('period-start').value = arguments[0];"
                + " document.getElementById('period-end').value = arguments[1];", today, inNineDays);
        browser.find("#open-consultation").click();
        browser.waitFor(d -> browser.path().contains("consultationOpened"));
        assertThat(browser.find("#consultation-warning").getText()).contains("10 วัน").contains("15 วัน");
        check("consultation-opened-short");
        browser.signOut();

        browser.open("/consultations");
        check("consultations");
        browser.find("#consultations a").click();
        browser.waitFor(d -> !browser.all("#comment-form").isEmpty());
        browser.find("#comment-text").sendKeys("ควรรับจดแจ้งทางไปรษณีย์ด้วย");
        browser.find("#comment-submit").click();
        browser.waitFor(d -> !browser.all("#comment-held").isEmpty());
        check("comment-held");
        browser.signIn("committee");
        browser.open("/moderation/" + review.id());
        assertThat(browser.find(".comment-text").getText()).isEqualTo("ควรรับจดแจ้งทางไปรษณีย์ด้วย");
        check("moderation");
        browser.find("#moderate-0-APPROVED").click();
        browser.waitFor(d -> browser.path().contains("moderated=APPROVED"));
        browser.open("/reviews/" + review.id());
        browser.find("#close-consultation").click();
        browser.waitFor(d -> browser.path().contains("consultationClosed"));
        browser.signOut();
        browser.open("/reviews/" + review.id());
        assertThat(browser.find("#consultation .comment-text").getText()).isEqualTo("ควรรับจดแจ้งทางไปรษณีย์ด้วย");
        assertThat(browser.all("#comment-form")).isEmpty();
        check("consultation-approved");
        assertThat(violations).isEmpty();
    }

    /** Complete answers by the assigned reviewer, submitted, and decided by the committee (its suggestion if null). */
    private Review decide(Review review, String outcome) {
        Actor reviewer = new Actor("reviewer", Set.of(Role.REVIEWER));
        Actor committee = new Actor("committee", Set.of(Role.COMMITTEE));
        Map<String, Object> answers = new java.util.HashMap<>(new CompleteAnswers(review.subject().lawId())
                .of(reviews.templateOf(review)));
        answers.put("annual_burden", 250_000);
        Review answered = reviews.saveAnswers(reviewer, review.id(), review.revision(), answers);
        Review submitted = transitions.apply(reviewer, review.id(), answered.revision(), Transition.SUBMIT, null, null);
        Review started = transitions.apply(committee, review.id(), submitted.revision(),
                Transition.START_COMMITTEE_REVIEW, null, null);
        return transitions.apply(committee, review.id(), started.revision(), Transition.DECIDE, "มติที่ประชุม",
                outcome);
    }

    /** A one-page PDF made with PDFBox, as an officer's scanned evidence would be. */
    private static Path pdf(Path file) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    /** Fetches a link of the page with the browser's session (if any), as a click on it would. */
    private byte[] download(String url) throws Exception {
        var session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void anAnswerSavedMeanwhileBySomeoneElseIsReportedNotOverwritten() {
        Actor officer = new Actor("officer", Set.of(Role.OFFICER));
        Review review = reviews.create(officer, new NewReview("guillotine_review",
                new ReviewSubject(SubjectKind.LAW, laws.get(0), List.of()), "ทบทวนพร้อมกันสองคน", List.of()));
        browser.signIn("officer");
        browser.open("/reviews/" + review.id() + "/steps/0");
        reviews.saveAnswers(officer, review.id(), review.revision(), Map.of("formality", "แก้โดยอีกคนหนึ่ง"));
        type("#in-responsible_agency", "กรมปศุสัตว์");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("conflict-reload")));
        assertThat(browser.find("#save-status").getText()).contains("มีผู้อื่นแก้ไข");
        browser.screenshot("wizard-conflict");
        assertThat(reviews.get(officer, review.id()).answers()).containsEntry("formality", "แก้โดยอีกคนหนึ่ง")
                .doesNotContainKey("responsible_agency");
        browser.signOut();
    }

    @Test
    void anAdministratorImportsAFolderAndSeesItsReportAndTheirPagesPassAxe(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("duck-act.txt"), """
                พระราชบัญญัติ
                การเลี้ยงเป็ดไล่ทุ่ง
                พ.ศ. ๒๕๖๙

                มาตรา ๑  พระราชบัญญัตินี้เรียกว่า “พระราชบัญญัติการเลี้ยงเป็ดไล่ทุ่ง พ.ศ. ๒๕๖๙”

                มาตรา ๒  ผู้เลี้ยงเป็ดไล่ทุ่งต้องแจ้งเส้นทางต่อเจ้าพนักงานท้องถิ่นก่อนย้ายฝูง
                """);
        Files.write(folder.resolve("scanned.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        browser.signIn("admin");
        browser.open("/officer/imports");
        check("imports");
        Path upload = Files.writeString(folder.resolve("goose-act.txt"), """
                พระราชบัญญัติ
                การเลี้ยงห่านเฝ้าบ้าน
                พ.ศ. ๒๕๖๙

                มาตรา ๑  พระราชบัญญัตินี้เรียกว่า “พระราชบัญญัติการเลี้ยงห่านเฝ้าบ้าน พ.ศ. ๒๕๖๙”

                มาตรา ๒  ห้ามมิให้ผู้ใดปล่อยห่านออกนอกรั้วบ้านในเวลากลางคืน
                """);
        browser.find("#file").sendKeys(upload.toString());
        browser.find("#upload-form button[type=submit]").click();
        browser.waitFor(d -> browser.find("#upload-result").getAttribute("class").contains("ok"));
        assertThat(browser.find("#upload-result a").getText()).contains("การเลี้ยงห่านเฝ้าบ้าน");
        Files.delete(upload);
        new Select(browser.find("#source")).selectByValue("FOLDER");
        browser.find("#path").sendKeys(folder.toString());
        browser.find("#path").submit();
        browser.waitFor(d -> browser.path().startsWith("/officer/imports/"));
        browser.waitFor(d -> browser.all("#import-progress").isEmpty());
        assertThat(browser.find("#import-state").getText()).isEqualTo("เสร็จแล้ว");
        assertThat(browser.find("main table").getText()).contains("scanned.pdf").contains("ผิดพลาด");
        check("import-report");
        browser.open("/officer/catalog");
        check("catalog-health");
        browser.open("/admin/dictionary");
        check("dictionary");
        browser.open("/admin/search-quality");
        check("search-quality");
        browser.open("/admin/users");
        assertThat(browser.find("#users").getText()).contains("officer");
        check("users");
        browser.open("/laws/no-such-law");
        check("not-found");
        browser.signOut();
        browser.open("/login?error");
        check("login");
        assertThat(violations).isEmpty();
    }

    private void type(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }

    private void waitSaved() {
        browser.waitFor(d -> "บันทึกแล้ว".equals(browser.find("#save-status").getText()));
    }

    private void chooseAndReload(String css) {
        WebElement before = browser.find("#wizard");
        browser.find(css).click();
        browser.waitFor(ExpectedConditions.stalenessOf(before));
        browser.waitFor(d -> browser.find(css).isSelected());
    }

    private void check(String screenshot) {
        browser.screenshot(screenshot);
        violations.addAll(browser.accessibilityViolations());
    }
}
