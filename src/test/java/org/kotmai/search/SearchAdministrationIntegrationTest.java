package org.kotmai.search;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.IngestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The dictionary and evaluation endpoints, on the two laws written for the search tests. */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-search-admin",
        "kotmai.search.law-table-ttl=0s",
        "kotmai.search.dictionary-file=target/search-admin-test/abbreviations.tsv"})
@AutoConfigureMockMvc
class SearchAdministrationIntegrationTest {

    private static final RequestPostProcessor ADMIN =
            httpBasic("admin", "admin-demo");

    private static final Path SAVED = Path.of("target/search-admin-test/abbreviations.tsv");

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestService ingest;
    @Autowired
    DictionaryAdmin dictionary;

    private String shipped;

    @BeforeEach
    void catalogFixtures() {
        SearchFixtures.catalog(ingest);
        shipped = dictionary.current();
    }

    @AfterEach
    void restoreDictionary() throws Exception {
        dictionary.replace(shipped);
        Files.deleteIfExists(SAVED);
    }

    @Test
    void aNewSynonymAndLawNameWorkAtOnceAndAreKept() throws Exception {
        mvc.perform(get("/api/search").param("q", "ม้าแคระ"))
                .andExpect(jsonPath("$.hits[*].highlights[*]").value(not(hasItem(containsString("<em>แพะ")))));
        String edited = shipped + "syn\tม้าแคระ\tแพะ\nalias\tกฎหมายแพะ\tพระราชบัญญัติการเลี้ยงแพะในชุมชน\n";

        mvc.perform(put("/api/admin/dictionary").with(ADMIN).contentType(MediaType.TEXT_PLAIN).content(edited))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").isNumber());

        mvc.perform(get("/api/search").param("q", "ม้าแคระ"))
                .andExpect(jsonPath("$.hits[0].lawId").value(SearchFixtures.GOATS))
                .andExpect(jsonPath("$.hits[0].highlights[0]").value(containsString("<em>แพะ")));
        mvc.perform(get("/api/search").param("q", "กฎหมายแพะ ม.8"))
                .andExpect(jsonPath("$.hits[0].lawId").value(SearchFixtures.GOATS))
                .andExpect(jsonPath("$.hits[0].provision").value("8"));
        mvc.perform(get("/api/admin/dictionary").with(ADMIN)).andExpect(content().string(containsString("ม้าแคระ")));
        assertThat(Files.readString(SAVED, StandardCharsets.UTF_8)).isEqualTo(edited);
    }

    @Test
    void aMalformedDictionaryIsRefusedWithItsLineAndTheOldOneStays() throws Exception {
        mvc.perform(put("/api/admin/dictionary").with(ADMIN).contentType(MediaType.TEXT_PLAIN).content("syn\tแกะ\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("line 1")));
        mvc.perform(get("/api/admin/dictionary").with(ADMIN)).andExpect(content().string(shipped));
    }

    @Test
    void evaluationRunsQueriesSentAsTsv() throws Exception {
        String tsv = "id\tkind\tquery\tsysid\tlaw_title\tsections\tnote\n"
                + "a1\tcitation\tพรบ เลี้ยงแพะ ม.6/1\tT-GOAT\tแพะ\t6/1\t\n"
                + "a2\ttitle\tพ.ร.บ.รักษาคลองสาธารณะ\tT-CANAL\tคลอง\t\t\n"
                + "a3\tkeyword\tทิ้งมูลฝอยลงคลอง\tT-CANAL\tคลอง\t3\t\n";
        mvc.perform(post("/api/admin/evaluation").with(ADMIN).contentType(MediaType.TEXT_PLAIN).content(tsv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.queries").value(3))
                .andExpect(jsonPath("$.overall.hr1").value(1.0))
                .andExpect(jsonPath("$.byKind.citation.mrr10").value(1.0))
                .andExpect(jsonPath("$.misses").isEmpty());
        mvc.perform(post("/api/admin/evaluation").with(ADMIN).contentType(MediaType.TEXT_PLAIN).content("id\tquery\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("kind")));
    }
}
