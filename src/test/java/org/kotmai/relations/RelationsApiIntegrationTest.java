package org.kotmai.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.FileReport;
import org.kotmai.ingest.IngestService;
import org.kotmai.ingest.SourceDocument;
import org.kotmai.ingest.SourceMetadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The relations endpoints over a real Elasticsearch node, with two synthetic laws: an act that repeals an older
 * act and cites its own sections and the civil code, and a ministerial regulation issued under two of its
 * sections. The regulation is catalogued first, so its citations of the act are resolved only when the act
 * arrives.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-relations-api")
@AutoConfigureMockMvc
class RelationsApiIntegrationTest {

    private static final String ACT = "act-2560-รังผึ้งชุมชน";

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestService ingest;

    private String regulation;

    @BeforeEach
    void catalogRegulationThenAct() {
        regulation = ingested("hive-regulation.txt").lawId();
        assertThat(ingested("hive-act.txt").lawId()).isEqualTo(ACT);
    }

    private FileReport ingested(String name) {
        FileReport report = ingest.ingest(new SourceDocument("test:" + name, name,
                Path.of("src/test/resources/relations", name), SourceMetadata.empty()));
        assertThat(report.outcome()).isNotEqualTo(FileReport.Outcome.ERROR);
        return report;
    }

    @Test
    void relationsAreGroupedByKindAndDirectionWithCounts() throws Exception {
        mvc.perform(get("/api/laws/{id}/relations", ACT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[?(@.name == 'repeals')].count").value(hasItem(1)))
                .andExpect(jsonPath("$.groups[?(@.name == 'repeals')].relations[0].targetTitle")
                        .value(hasItem("พระราชบัญญัติรังผึ้ง")))
                .andExpect(jsonPath("$.groups[?(@.name == 'repeals')].relations[0].resolved").value(hasItem(false)))
                .andExpect(jsonPath("$.groups[?(@.name == 'delegates')].direction").value(hasItem("INCOMING")))
                .andExpect(jsonPath("$.groups[?(@.name == 'delegates')].count").value(hasItem(2)))
                .andExpect(jsonPath("$.groups[?(@.name == 'citedBy')].relations[0].sourceLawId")
                        .value(hasItem(regulation)))
                .andExpect(jsonPath("$.groups[?(@.name == 'cites')].relations[*].targetTitle")
                        .value(hasItem("ประมวลกฎหมายแพ่งและพาณิชย์")));
        mvc.perform(get("/api/laws/{id}/relations", regulation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[?(@.name == 'issuedUnder')].relations[*].targetLawId")
                        .value(hasItem(ACT)))
                .andExpect(jsonPath("$.groups[?(@.name == 'issuedUnder')].relations[*].targetProvision")
                        .value(hasItem("5")));
    }

    @Test
    void provisionCitedByOtherProvisionsAndOtherLaws() throws Exception {
        mvc.perform(get("/api/laws/" + ACT + "/provisions/5%2F1/cited-by"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].sourceProvision").value(hasItem("6")));
        mvc.perform(get("/api/laws/" + ACT + "/provisions/๕/cited-by"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sourceLawId == '" + regulation + "')].sourceProvision")
                        .value(hasItem("1")))
                .andExpect(jsonPath("$[?(@.sourceLawId == '" + ACT + "')].sourceProvision").value(hasItem("5/1")));
    }

    @Test
    void impactListsDelegatedLawsAndCitingProvisions() throws Exception {
        mvc.perform(get("/api/laws/{id}/impact", ACT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dependentLaws").value(1))
                .andExpect(jsonPath("$.laws[0].lawId").value(regulation))
                .andExpect(jsonPath("$.laws[0].kinds").value(hasItem("issuedUnder")));
        mvc.perform(get("/api/laws/{id}/impact", ACT).param("provision", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dependentLaws").value(2))
                .andExpect(jsonPath("$.laws[*].lawId").value(hasItem(ACT)));
    }

    @Test
    void unknownLawOrProvisionIsAProblemNamingIt() throws Exception {
        mvc.perform(get("/api/laws/act-0000-none/relations"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("act-0000-none")));
        mvc.perform(get("/api/laws/" + ACT + "/provisions/99/cited-by"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("no provision '99'")));
        mvc.perform(get("/api/laws/{id}/impact", ACT).param("provision", "99"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("provision")));
    }

    @Test
    void exportsStreamEveryRelationAsJsonLinesAndCsv() throws Exception {
        MvcResult lines = mvc.perform(get("/api/export/relations.jsonl")).andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(lines))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"sourceLawId\":\"" + regulation + "\"")))
                .andExpect(content().string(containsString("\"kind\":\"ISSUED_UNDER\"")));
        MvcResult csv = mvc.perform(get("/api/export/relations.csv")).andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(csv))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id,kind,sourceLawId,sourceProvision,targetLawId")))
                .andExpect(content().string(containsString("," + ACT + ",")));
    }

    @Test
    void removingALawLeavesCitationsOfItUnresolvedAndDropsItsOwn() throws Exception {
        ingest.remove("test:hive-act.txt", "hive-act.txt");
        mvc.perform(get("/api/laws/{id}/relations", regulation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[?(@.name == 'issuedUnder')].relations[*].resolved")
                        .value(hasItem(false)));
        MvcResult lines = mvc.perform(get("/api/export/relations.jsonl")).andReturn();
        mvc.perform(asyncDispatch(lines))
                .andExpect(content().string(not(containsString("\"sourceLawId\":\"" + ACT))));
    }
}
