package org.kotmai.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A small Krisdika-shaped dump imported through the API, polled to completion. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-import-api")
@AutoConfigureMockMvc
class KrisdikaImportApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dump;

    @Test
    void importRunsInTheBackgroundAndReportsEveryFile() throws Exception {
        Files.createDirectories(dump.resolve("law"));
        Files.copy(Path.of("src/test/resources/ingest/sample-act.txt"), dump.resolve("law/900001.txt"));
        Files.writeString(dump.resolve("law/900002.txt"), "ข้อความนี้ไม่ใช่กฎหมาย เป็นเพียงบันทึกประจำวัน\n");
        Files.writeString(dump.resolve(KrisdikaDump.LISTING), """
                title,law_url,sub_law_url,sysid,law_group,law_type
                พระราชบัญญัติทดสอบคลังกฎหมาย พ.ศ. 2568 (ฉบับ Update ล่าสุด),https://example.test/1,,900001,ศาล และกระบวนการยุติธรรม,พระราชบัญญัติ
                บันทึก,https://example.test/2,,900002,ศาล และกระบวนการยุติธรรม,พระราชบัญญัติ
                กฎหมายที่ไม่มีไฟล์,https://example.test/3,,900003,ศาล และกระบวนการยุติธรรม,พระราชบัญญัติ
                """);

        String body = mvc.perform(post("/api/imports").with(httpBasic("officer", "officer-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"krisdika\",\"path\":\"" + dump + "\"}"))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        String state = "QUEUED";
        String status = null;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!state.equals("DONE") && !state.equals("FAILED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = mvc.perform(get("/api/imports/{id}", id)).andReturn().getResponse().getContentAsString();
            state = JsonPath.read(status, "$.state");
        }

        assertThat(state).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(status, "$.total")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(status, "$.processed")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(status, "$.errors")).isEqualTo(2);
        assertThat(status).contains("900003.txt", "missing", "900002.txt");
        mvc.perform(get("/api/laws").param("sourceId", "900001"))
                .andExpect(jsonPath("$.items[0].subjectGroups[0]").value("ศาล และกระบวนการยุติธรรม"))
                .andExpect(jsonPath("$.items[0].status").value("IN_FORCE"));
    }

    @Test
    void importOfAMissingFolderIsABadRequestNamingThePath() throws Exception {
        mvc.perform(post("/api/imports").with(httpBasic("officer", "officer-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"krisdika\",\"path\":\"/no/such/folder\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("path"));
        mvc.perform(post("/api/imports").with(httpBasic("officer", "officer-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"ftp\",\"path\":\"/tmp\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("source"));
    }
}
