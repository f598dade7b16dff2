package org.kotmai.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.IngestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The search API over a real Elasticsearch node, on two small laws written for it. */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-search-api",
        "kotmai.search.law-table-ttl=0s"})
@AutoConfigureMockMvc
class SearchApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestService ingest;
    @Autowired
    SearchService search;
    @Autowired
    JsonMapper json;

    /** Ingest is idempotent, so the laws are catalogued once however many tests run. */
    @BeforeEach
    void catalogFixtures() {
        SearchFixtures.catalog(ingest);
    }

    @Test
    void citationWithAbbreviationThaiDigitsAndSuffixReturnsTheProvisionFirst() throws Exception {
        mvc.perform(get("/api/search").param("q", "พ.ร.บ.การเลี้ยงแพะในชุมชน ม.๕ ทวิ"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].lawId").value(SearchFixtures.GOATS))
                .andExpect(jsonPath("$.hits[0].sourceId").value("T-GOAT"))
                .andExpect(jsonPath("$.hits[0].provision").value("5 ทวิ"))
                .andExpect(jsonPath("$.hits[0].match").value("CITATION"))
                .andExpect(jsonPath("$.hits[0].path[0]").value("หมวด ๑ การขออนุญาต"))
                .andExpect(jsonPath("$.understood.citations[0]").value(SearchFixtures.GOATS + "/5 ทวิ"));
        mvc.perform(get("/api/search").param("q", "มาตรา 6/1 แห่งพระราชบัญญัติการเลี้ยงแพะในชุมชน พ.ศ. 2568"))
                .andExpect(jsonPath("$.hits[0].provision").value("6/1"));
        mvc.perform(get("/api/search").param("q", "section 3 of พรบ รักษาคลองสาธารณะ 2026"))
                .andExpect(jsonPath("$.hits[0].lawId").value(SearchFixtures.CANALS))
                .andExpect(jsonPath("$.hits[0].provision").value("3"));
    }

    @Test
    void citationsInALongPastedTextComeFirst() throws Exception {
        String filler = "คณะกรรมการได้พิจารณาข้อร้องเรียนของชาวบ้านเรื่องกลิ่นและเสียงจากคอกสัตว์ในหมู่บ้านแล้ว ";
        String text = filler.repeat(60) + "จึงเห็นว่าผู้ร้องต้องปฏิบัติตามมาตรา ๕ ทวิ แห่งพระราชบัญญัติการเลี้ยงแพะในชุมชน "
                + "พ.ศ. ๒๕๖๘ และมาตรา ๔ แห่งพระราชบัญญัติรักษาคลองสาธารณะ พ.ศ. ๒๕๖๙ " + filler.repeat(60);
        mvc.perform(post("/api/search").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"q\":\"" + text + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].provision").value("5 ทวิ"))
                .andExpect(jsonPath("$.hits[0].match").value("CITATION"))
                .andExpect(jsonPath("$.hits[1].lawId").value(SearchFixtures.CANALS))
                .andExpect(jsonPath("$.hits[1].provision").value("4"));
    }

    @Test
    void aCitedNumberTheLawLacksReturnsTheLawItself() throws Exception {
        mvc.perform(get("/api/search").param("q", "พ.ร.บ.การเลี้ยงแพะในชุมชน มาตรา 99"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].lawId").value(SearchFixtures.GOATS))
                .andExpect(jsonPath("$.hits[0].provision").value(""));
    }

    @Test
    void aLawsNameReturnsTheLawFirstThenItsProvisions() throws Exception {
        mvc.perform(get("/api/search").param("q", "พรบ เลี้ยงแพะ"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].lawId").value(SearchFixtures.GOATS))
                .andExpect(jsonPath("$.hits[0].provision").value(""))
                .andExpect(jsonPath("$.hits[0].match").value("LAW"))
                .andExpect(jsonPath("$.hits[1].lawId").value(SearchFixtures.GOATS))
                .andExpect(jsonPath("$.groups[0].lawId").value(SearchFixtures.GOATS));
    }

    @Test
    void freeTextReturnsProvisionsWithHighlightsInTheOriginalText() throws Exception {
        mvc.perform(get("/api/search").param("q", "ทิ้งขยะลงคลอง"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].lawId").value(SearchFixtures.CANALS))
                .andExpect(jsonPath("$.hits[0].provision").value("3"))
                .andExpect(jsonPath("$.hits[0].highlights[0]").value(containsString("ห้ามมิให้ผู้ใด<em>ทิ้งมูลฝอย</em>")));
    }

    @Test
    void repealedAndBoilerplateProvisionsComeAfterTheRest() throws Exception {
        mvc.perform(get("/api/search").param("q", "ใบอนุญาต เลี้ยงแพะ"))
                .andExpect(jsonPath("$.hits[0].provision").value("5"));
        mvc.perform(get("/api/search").param("q", "การเลี้ยงแพะในชุมชน ยกเลิก").param("size", "20"))
                .andExpect(jsonPath("$.hits[?(@.provision == '7')].repealed").value(hasItem(true)));
    }

    @Test
    void filtersFacetsAndPagingWork() throws Exception {
        mvc.perform(get("/api/search").param("q", "ผู้ใด ต้องระวางโทษปรับ").param("agency", "กรมเจ้าท่า")
                        .param("facets", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].lawId").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(SearchFixtures.CANALS))))
                .andExpect(jsonPath("$.facets.agency[0].value").value("กรมเจ้าท่า"));
        mvc.perform(get("/api/search").param("q", "ผู้ใด ต้องระวางโทษปรับ").param("size", "1").param("page", "1")
                        .param("facets", "true"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.hits.length()").value(1))
                .andExpect(jsonPath("$.facets.yearBe[*].value").value(hasItem("2568")))
                .andExpect(jsonPath("$.facets.lawType[0].value").value("ACT"));
    }

    @Test
    void facetsAreCountedOnlyWhenAsked() throws Exception {
        mvc.perform(get("/api/search").param("q", "ผู้ใด ต้องระวางโทษปรับ"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits.length()").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.facets").isEmpty())
                .andExpect(jsonPath("$.totalExact").value(true));
    }

    @Test
    void postTakesTheSameSearchAsJson() throws Exception {
        mvc.perform(post("/api/search").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"q\":\"ป.อ. ม.5 พ.ร.บ.การเลี้ยงแพะในชุมชน มาตรา 5\",\"size\":3,\"type\":\"ACT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.hits[0].lawId").value(SearchFixtures.GOATS));
    }

    @Test
    void typosAreToleratedAndCorrected() throws Exception {
        mvc.perform(get("/api/search").param("q", "ใบอนุญาดเลี้ยงแพะ"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].lawId").value(SearchFixtures.GOATS));
    }

    @Test
    void suggestCompletesTitlesAndCitations() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "พ.ร.บ.การเลี้ยง"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].text").value("พระราชบัญญัติการเลี้ยงแพะในชุมชน พ.ศ. ๒๕๖๘"))
                .andExpect(jsonPath("$[0].kind").value("LAW"));
        mvc.perform(get("/api/suggest").param("q", "พรบ รักษาคลอง ม.4"))
                .andExpect(jsonPath("$[0].kind").value("CITATION"))
                .andExpect(jsonPath("$[0].text").value(startsWith("พระราชบัญญัติรักษาคลองสาธารณะ")))
                .andExpect(jsonPath("$[0].provision").value("4"));
    }

    /**
     * Results are written by a generator of their own rather than by the object mapper: the two must not differ,
     * for a citation, a law's name, free text with facets and a typo. The time Elasticsearch took is left out, as
     * it changes from one search to the next.
     */
    @Test
    void resultsAreTheJsonTheObjectMapperWritesSentWithTheirLength() throws Exception {
        for (SearchRequest request : List.of(
                new SearchRequest("พ.ร.บ.การเลี้ยงแพะในชุมชน ม.๕ ทวิ", null, null, null, null, null, null, 0, 10),
                new SearchRequest("พรบ เลี้ยงแพะ", null, null, null, null, null, null, 0, 3),
                new SearchRequest("ใบอนุญาตเลี้ยงแพะ", null, null, 2560, null, null, null, 0, 10, true),
                new SearchRequest("ใบอนุญาดเลี้ยงแพะ", null, null, null, null, null, null, 1, 2))) {
            MockHttpServletResponse response = mvc.perform(post("/api/search")
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(request)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andReturn().getResponse();
            byte[] body = response.getContentAsByteArray();
            assertThat(response.getHeader(HttpHeaders.CONTENT_LENGTH)).isEqualTo(String.valueOf(body.length));
            ObjectNode sent = (ObjectNode) json.readTree(body);
            ObjectNode mapped = (ObjectNode) json.readTree(json.writeValueAsBytes(search.search(request)));
            sent.put("tookMillis", 0);
            mapped.put("tookMillis", 0);
            assertThat(sent).as(request.q()).isEqualTo(mapped);
            assertThat(sent.path("hits")).as(request.q()).isNotEmpty();
        }
    }

    @Test
    void badRequestsNameTheFieldAndWhatToDo() throws Exception {
        mvc.perform(get("/api/search")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("q: is empty")));
        mvc.perform(get("/api/search").param("q", "แพะ").param("size", "0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("size")));
        mvc.perform(get("/api/search").param("q", "แพะ").param("yearFrom", "2570").param("yearTo", "2560"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/search").contentType(MediaType.APPLICATION_JSON).content("{\"q\":"))
                .andExpect(status().isBadRequest());
    }
}
