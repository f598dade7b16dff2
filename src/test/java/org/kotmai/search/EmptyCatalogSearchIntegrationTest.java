package org.kotmai.search;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Before anything is imported, searches and suggestions answer with nothing found rather than an error. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-search-empty")
@AutoConfigureMockMvc
class EmptyCatalogSearchIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anEmptyCatalogAnswersWithNoHits() throws Exception {
        mvc.perform(get("/api/search").param("q", "ป.พ.พ. มาตรา 420"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.hits").isEmpty());
        mvc.perform(get("/api/search").param("q", "ดอกเบี้ยผิดนัด"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits").isEmpty());
        mvc.perform(get("/api/suggest").param("q", "พ.ร.บ."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }
}
