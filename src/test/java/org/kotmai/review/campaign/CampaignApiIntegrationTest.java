package org.kotmai.review.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.review.campaign.CampaignApi.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Campaigns on the real Elasticsearch node: inventory from a small catalog of synthetic laws and from CSV, reviews
 * created in bulk and decided through the review workflow, and the dashboard, summary and exports they give.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-campaigns")
@AutoConfigureMockMvc
class CampaignApiIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(CampaignApiIntegrationTest.class);
    static final String MILL_AGENCY = "กรมโรงงานทดลอง";
    static final String BOAT_AGENCY = "กรมเจ้าท่าทดลอง";
    private static final String CSV_HEADER = "name,agency,law_id,law_title,provision,kind,annual_applications,notes\n";

    @Autowired
    MockMvc mvc;

    private CampaignApi api;
    private String mill;
    private String boat;

    @BeforeEach
    void catalogueTheLaws() throws Exception {
        api = new CampaignApi(mvc);
        mill = api.upload("rice-mill-act.txt", MILL_AGENCY, null);
        boat = api.upload("rowing-boat-act.txt", BOAT_AGENCY, "2022-06-01");
        api.upload("budget-act.txt", "สำนักงบประมาณทดลอง", null);
    }

    @Test
    void campaignFromCatalogAndCsvIsReviewedDecidedAndAddedUp() throws Exception {
        assertThat(api.post("officer", "/api/campaigns", Map.of("title", "x")).status()).isEqualTo(403);
        assertThat(api.post(null, "/api/campaigns", Map.of("title", "x")).status()).isEqualTo(401);
        assertThat(api.post("committee", "/api/campaigns", Map.of("title", "x", "templateId", "nope")).body()
                .path("field").asString()).isEqualTo("templateId");
        Answer created = api.post("committee", "/api/campaigns", Map.of("title", "กิโยตีนโรงสีและเรือ"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("templateId")).isEqualTo("guillotine_review");
        String id = created.text("id");
        String base = "/api/campaigns/" + id;

        Answer fromCatalog = api.post("committee", base + "/inventory",
                Map.of("type", "ACT", "yearFrom", 2550, "yearTo", 2565));
        assertThat(fromCatalog.status()).as(fromCatalog.body().toString()).isEqualTo(200);
        assertThat(fromCatalog.body().path("items").findValuesAsString("lawId")).containsExactly(boat, mill);
        assertThat(api.post("committee", base + "/inventory", Map.of("type", "ACT", "yearFrom", 2550,
                "yearTo", 2565)).body().path("items").size()).as("laws already listed are skipped").isEqualTo(2);

        Answer refused = api.csv("officer", id, (CSV_HEADER
                + "ใบอนุญาตตั้งโรงสี,กรมโรงงานทดลอง," + mill + ",,๕,ใบอนุญาต,๑๒๐,\n"
                + "ใบอนุญาตตั้งโรงสี,กรมโรงงานทดลอง," + mill + ",,99,licence,หลายครั้ง,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("column"))
                .containsExactly("annual_applications", "provision");
        assertThat(refused.body().path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(api.get("committee", base).body().path("items").size()).as("nothing half-imported")
                .isEqualTo(2);

        byte[] csv = ("\uFEFF" + CSV_HEADER
                + "ใบอนุญาตตั้งโรงสี," + MILL_AGENCY + "," + mill + ",,๕,ใบอนุญาต,\"1,200\",\"ต่ออายุทุกปี, ปีละครั้ง\"\n"
                + "รายงานปริมาณข้าวรายเดือน," + MILL_AGENCY + ",,พระราชบัญญัติโรงสีข้าวทดลอง พ.ศ. 2550,6,report,"
                + "12000,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(api.csv("reviewer", id, csv).status()).isEqualTo(403);
        Answer imported = api.csv("officer", id, csv);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        JsonNode items = imported.body().path("items");
        assertThat(items.findValuesAsString("id")).containsExactly("1", "2", "3", "4");
        assertThat(items.get(3).path("lawId").asString()).isEqualTo(mill);
        assertThat(items.get(2).path("annualApplications").asLong()).isEqualTo(1200);

        assertThat(api.post("reviewer", base + "/reviews", Map.of()).status()).isEqualTo(403);
        assertThat(api.post("committee", base + "/reviews", Map.of("reviewers", List.of("committee"))).body()
                .path("field").asString()).isEqualTo("reviewers");
        Answer bulk = api.post("committee", base + "/reviews", Map.of("reviewers", List.of("reviewer", "reviewer2"),
                "assignments", Map.of("4", List.of("reviewer"))));
        assertThat(bulk.status()).as(bulk.body().toString()).isEqualTo(200);
        Map<String, String> reviewOf = new HashMap<>();
        Map<String, String> assignee = new HashMap<>();
        for (JsonNode c : bulk.body().path("created")) {
            reviewOf.put(c.path("itemId").asString(), c.path("reviewId").asString());
            assignee.put(c.path("itemId").asString(), c.path("assignees").get(0).asString());
        }
        assertThat(assignee).containsExactlyInAnyOrderEntriesOf(Map.of("1", "reviewer", "2", "reviewer2",
                "3", "reviewer", "4", "reviewer"));
        Answer again = api.post("committee", base + "/reviews", Map.of("reviewers", List.of("reviewer")));
        assertThat(again.body().path("created").size()).isZero();
        assertThat(again.body().path("skipped").asInt()).isEqualTo(4);
        assertThat(api.get("reviewer2", base).body().path("items").findValuesAsString("id")).containsExactly("2");
        JsonNode licenceReview = api.get("committee", "/api/reviews/" + reviewOf.get("3")).body();
        assertThat(licenceReview.path("subject").path("provisions").get(0).asString()).isEqualTo("5");
        assertThat(licenceReview.path("answers").path("formality").asString()).as("filled in from the inventory")
                .isEqualTo("ใบอนุญาตตั้งโรงสี");
        assertThat(licenceReview.path("answers").path("regulation").asString()).isEqualTo(mill);
        assertThat(licenceReview.path("answers").path("responsible_agency").asString()).isEqualTo(MILL_AGENCY);

        api.decide("reviewer", reviewOf.get("3"), guillotine(100_000, false, true, null), false);
        api.decide("reviewer", reviewOf.get("1"), guillotine(50_000, true, true, true), true);
        api.decide("reviewer2", reviewOf.get("2"), guillotine(80_000, true, true, false), false);
        String costReview = api.createReview("officer", "standard_cost_model", mill).text("id");
        api.saveAnswers("officer", costReview, costModel());
        assertThat(api.put("committee", base + "/items/2/cost-review", Map.of("costReviewId", reviewOf.get("1")))
                .body().path("field").asString()).as("only a cost-model review can be linked").isEqualTo("costReviewId");
        assertThat(api.put("committee", base + "/items/2/cost-review", Map.of("costReviewId", costReview))
                .status()).isEqualTo(200);

        JsonNode dashboard = api.get("reviewer", base + "/dashboard").body();
        assertThat(dashboard.path("items").asInt()).as("a reviewer counts the items assigned to them").isEqualTo(3);
        assertThat(dashboard.path("byDecision").toString())
                .isEqualTo("{\"keep\":1,\"amend\":0,\"repeal\":1,\"undecided\":1}");
        dashboard = api.get("officer", base + "/dashboard").body();
        assertThat(dashboard.path("byState").path("DECIDED").asLong()).isEqualTo(2);
        assertThat(dashboard.path("byState").path("PUBLISHED").asLong()).isEqualTo(1);
        assertThat(dashboard.path("byState").path("DRAFT").asLong()).isEqualTo(1);
        assertThat(dashboard.path("byDecision").toString())
                .isEqualTo("{\"keep\":1,\"amend\":1,\"repeal\":1,\"undecided\":1}");
        JsonNode burden = dashboard.path("burden");
        assertThat(burden.path("current").decimalValue()).isEqualByComparingTo("180000");
        assertThat(burden.path("proposed").decimalValue()).isEqualByComparingTo("60000");
        assertThat(burden.path("saving").decimalValue()).isEqualByComparingTo("120000");
        assertThat(burden.path("unknown").asLong()).isEqualTo(1);
        assertThat(dashboard.path("perAgency").findValuesAsString("agency")).containsExactly(BOAT_AGENCY, MILL_AGENCY);
        assertThat(dashboard.path("perAgency").get(1).path("burden").path("saving").decimalValue())
                .isEqualByComparingTo("120000");

        assertThat(api.get(null, base + "/summary").status()).as("unpublished").isEqualTo(404);
        assertThat(api.get(null, base + "/dashboard").status()).isEqualTo(401);
        assertThat(api.put("officer", base + "/publication", Map.of("published", true)).status()).isEqualTo(403);
        assertThat(api.put("committee", base + "/publication", Map.of("published", true)).status()).isEqualTo(200);
        Answer summary = api.get(null, base + "/summary");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body().path("withoutDecision").findValuesAsString("itemId")).containsExactly("4");
        assertThat(summary.body().path("reviews").asInt()).isEqualTo(4);
        String summaryCsv = new String(api.get(null, base + "/summary.csv").bytes(), StandardCharsets.UTF_8);
        assertThat(summaryCsv).contains("TOTAL,4,1,1,1,1,180000,60000,120000,1");

        byte[] exportCsv = api.get("officer", base + "/export.csv").bytes();
        assertThat(exportCsv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(exportCsv, StandardCharsets.UTF_8)).contains("\"ต่ออายุทุกปี, ปีละครั้ง\"",
                "repeal,100000,0,100000,review");
        Answer xlsx = api.get("committee", base + "/export.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("name");
            assertThat(book.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            List<String> columns = new ArrayList<>();
            header.forEach(cell -> columns.add(cell.getStringCellValue()));
            Row repealed = sheet.getRow(3);
            assertThat(repealed.getCell(columns.indexOf("name")).getStringCellValue()).isEqualTo("ใบอนุญาตตั้งโรงสี");
            assertThat(repealed.getCell(columns.indexOf("decision")).getStringCellValue()).isEqualTo("repeal");
            assertThat(repealed.getCell(columns.indexOf("current_burden_thb")).getCellType())
                    .isEqualTo(CellType.NUMERIC);
            assertThat(repealed.getCell(columns.indexOf("saving_thb")).getNumericCellValue()).isEqualTo(100_000);
            assertThat(repealed.getCell(columns.indexOf("annual_applications")).getNumericCellValue())
                    .isEqualTo(1200);
            assertThat(sheet.getRow(2).getCell(columns.indexOf("proposed_burden_thb")).getNumericCellValue())
                    .as("amended per its cost model").isEqualTo(10_000);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void manyReviewsAreCreatedInOneGoAndSharedRoundRobin() throws Exception {
        String id = api.post("committee", "/api/campaigns", Map.of("title", "กิโยตีนหลายรายการ")).text("id");
        assertThat(api.csv("officer", id, inventory(40, mill, boat)).status()).isEqualTo(200);

        Answer bulk = api.post("committee", "/api/campaigns/" + id + "/reviews",
                Map.of("reviewers", List.of("reviewer", "reviewer2")));

        assertThat(bulk.status()).as(bulk.body().toString()).isEqualTo(200);
        assertThat(bulk.body().path("created").size()).isEqualTo(40);
        log.info("Bulk creation of 40 campaign reviews took {} ms", bulk.body().path("millis").asLong());
        JsonNode dashboard = api.get("committee", "/api/campaigns/" + id + "/dashboard").body();
        assertThat(dashboard.path("byState").path("DRAFT").asLong()).isEqualTo(40);
        assertThat(dashboard.path("perAgency").findValuesAsString("agency")).containsExactly(BOAT_AGENCY, MILL_AGENCY);
        assertThat(api.get("reviewer2", "/api/campaigns/" + id).body().path("items").size()).isEqualTo(20);
        assertThat(api.get("committee", "/api/reviews?templateId=guillotine_review").body()
                .findValuesAsString("id")).containsAll(bulk.body().path("created").findValuesAsString("reviewId"));
    }

    /** An inventory CSV of {@code count} licences alternating between the two laws and their agencies. */
    static byte[] inventory(int count, String millLaw, String boatLaw) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 1; i <= count; i++) {
            csv.append("ใบอนุญาตทดลองที่ ").append(i).append(',').append(i % 2 == 0 ? MILL_AGENCY : BOAT_AGENCY)
                    .append(',').append(i % 2 == 0 ? millLaw : boatLaw).append(",,,licence,").append(i).append(",\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> guillotine(int burden, boolean necessary, boolean legal, Boolean businessFriendly) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("regulation", mill);
        answers.put("formality", "ใบอนุญาตทดลอง");
        answers.put("responsible_agency", MILL_AGENCY);
        answers.put("annual_burden", burden);
        answers.put("necessary", necessary);
        answers.put("legal", legal);
        answers.put("justification", "เหตุผลประกอบการตอบคำถามคัดกรองทั้งสามข้อ");
        if (businessFriendly != null) {
            answers.put("business_friendly", businessFriendly);
        }
        if (Boolean.FALSE.equals(businessFriendly)) {
            answers.put("amendment_proposal", "ให้ยื่นคำขอทางอิเล็กทรอนิกส์");
        }
        return answers;
    }

    private Map<String, Object> costModel() {
        Map<String, Object> now = Map.of("activity", "กรอกคำขอ", "population", 100, "frequency", 1, "hours", 2,
                "tariff", 100, "out_of_pocket", 100);
        Map<String, Object> proposed = Map.of("activity", "กรอกคำขอออนไลน์", "population", 100, "frequency", 1,
                "hours", 1, "tariff", 100, "out_of_pocket", 0);
        return Map.of("regulation", mill, "obligation", "รายงานปริมาณข้าว", "current_activities", List.of(now),
                "proposed_activities", List.of(proposed), "discount_rate", new BigDecimal("3.5"), "years", 10);
    }
}
