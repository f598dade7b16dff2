package org.kotmai.catalog;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who is in charge of a law comes from its รักษาการ clause: shown as the law writes it, filtered and counted by
 * the organisations it names, so that a law two ministers share is found under both ministries.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-agency")
@AutoConfigureMockMvc
class AgencyIntegrationTest {

    private static final String LAW_ID = "act-2568-การเพาะเลี้ยงหอยนางรมริมฝั่ง";
    private static final String ACT = """
            พระราชบัญญัติ
            การเพาะเลี้ยงหอยนางรมริมฝั่ง
            พ.ศ. ๒๕๖๘

            มาตรา ๑  พระราชบัญญัตินี้เรียกว่า "พระราชบัญญัติการเพาะเลี้ยงหอยนางรมริมฝั่ง พ.ศ. ๒๕๖๘"

            มาตรา ๒  พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป

            มาตรา ๓  ให้รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ และรัฐมนตรีว่าการกระทรวงการคลัง* รักษาการตามพระราชบัญญัตินี้

            มาตรา ๔  ผู้ใดเพาะเลี้ยงหอยนางรมในเขตริมฝั่งทะเลต้องแจ้งต่อพนักงานเจ้าหน้าที่ก่อนเริ่มเพาะเลี้ยง

            มาตรา ๕  ผู้ใดไม่แจ้งตามมาตรา ๔ ต้องระวางโทษปรับไม่เกินหนึ่งพันบาท
            """;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void uploadAnActTwoMinistersShare() throws Exception {
        mvc.perform(multipart("/api/laws")
                        .file(new MockMultipartFile("file", "oyster-act.txt", "text/plain",
                                ACT.getBytes(StandardCharsets.UTF_8)))
                        .param("status", "IN_FORCE")
                        .with(httpBasic("officer", "officer-demo")))
                .andExpect(status().is2xxSuccessful())
                .andExpect(jsonPath("$.lawId").value(LAW_ID));
    }

    @Test
    void theLawShowsWhoIsInChargeCleanlyAndTheOrganisationsTheyHead() throws Exception {
        mvc.perform(get("/api/laws/{id}", LAW_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agency").value(
                        "รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์และรัฐมนตรีว่าการกระทรวงการคลัง"))
                .andExpect(jsonPath("$.agencies").value(containsInAnyOrder("กระทรวงเกษตรและสหกรณ์",
                        "กระทรวงการคลัง")));
    }

    @Test
    void eitherMinistryOrItsMinistersTitleFindsTheLaw() throws Exception {
        for (String agency : new String[] {"กระทรวงการคลัง", "กระทรวงเกษตรและสหกรณ์", "รัฐมนตรีว่าการกระทรวงการคลัง"}) {
            mvc.perform(get("/api/laws").param("agency", agency))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].id").value(LAW_ID));
        }
        mvc.perform(get("/api/laws").param("agency", "กระทรวงมหาดไทย"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void searchFiltersAndCountsByOrganisation() throws Exception {
        mvc.perform(get("/api/search").param("q", "เพาะเลี้ยงหอยนางรม").param("agency", "กระทรวงการคลัง")
                        .param("facets", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].lawId").value(LAW_ID))
                .andExpect(jsonPath("$.facets.agency[*].value").value(containsInAnyOrder("กระทรวงเกษตรและสหกรณ์",
                        "กระทรวงการคลัง")));
        mvc.perform(get("/api/search").param("q", "เพาะเลี้ยงหอยนางรม").param("agency", "กระทรวงมหาดไทย"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits.length()").value(0));
    }
}
