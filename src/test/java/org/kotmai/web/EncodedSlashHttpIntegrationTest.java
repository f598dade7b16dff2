package org.kotmai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.FileReport;
import org.kotmai.ingest.IngestService;
import org.kotmai.ingest.SourceDocument;
import org.kotmai.ingest.SourceMetadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Through the real Tomcat: a provision number with an encoded slash reaches the API in one piece. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-http",
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EncodedSlashHttpIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IngestService ingest;

    @Test
    void provisionNumberWithEncodedSlashIsServed() throws Exception {
        FileReport report = ingest.ingest(new SourceDocument("test:sample-act", "sample-act.txt",
                Path.of("src/test/resources/ingest/sample-act.txt"),
                new SourceMetadata(null, InstrumentType.ACT, null, null, List.of(), null, null, null)));
        String law = URLEncoder.encode(report.lawId(), StandardCharsets.UTF_8);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/laws/" + law + "/provisions/5%2F1")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"number\":\"5/1\"");
    }
}
