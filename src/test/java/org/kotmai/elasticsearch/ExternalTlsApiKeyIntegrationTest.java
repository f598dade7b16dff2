package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.kotmai.ingest.ImportStatus;
import org.kotmai.search.SearchRequest;
import org.kotmai.search.SearchService;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * External mode as production configures it, HTTPS trusted by the CA's fingerprint and an API key, against the real
 * node behind {@link AuthenticatingTlsProxy}: the whole application (index set-up, bulk import, search, health)
 * gets through, and no request it sends lacks the key. The full distribution, whose own TLS and API keys this
 * stands in for, is not on Maven Central and there is no Docker here.
 */
@ExtendWith(SharedElasticsearchNode.class)
class ExternalTlsApiKeyIntegrationTest {

    private static final String API_KEY = "a290bWFpLXRlc3Q6c2VjcmV0LWtleQ==";

    @TempDir
    Path dataDir;

    @Test
    void applicationRunsOverTlsWithTheApiKeyOnEveryRequest() throws Exception {
        KeyStore keys = TestCertificates.selfSigned(dataDir);
        try (AuthenticatingTlsProxy proxy = new AuthenticatingTlsProxy(sharedNode(), keys, API_KEY);
             ConfigurableApplicationContext app = start(proxy.uri(), API_KEY, TestCertificates.fingerprint(keys))) {
            ImportStatus imported = app.getBean(ImportService.class).run(ImportSource.FOLDER,
                    LawFolders.of(dataDir, "src/test/resources/ingest/sample-act.txt",
                            "src/test/resources/search/canal-act.txt"));
            assertThat(imported.errors()).as(imported.report().toString()).isZero();
            assertThat(imported.ok() + imported.warnings() + imported.unchanged()).isEqualTo(2);
            long hits = app.getBean(SearchService.class)
                    .search(new SearchRequest("คลองสาธารณะ", null, null, null, null, null, null, 0, 10)).total();
            assertThat(hits).isPositive();
            assertThat(app.getBean(ElasticsearchHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);

            assertThat(proxy.refused()).as("requests sent without the API key").isEmpty();
            assertThat(proxy.endpoints()).contains("_bulk", "_search", "_cluster");
        }
    }

    @Test
    void wrongApiKeyStopsTheStartNamingTheSettingToFix() throws Exception {
        KeyStore keys = TestCertificates.selfSigned(dataDir);
        try (AuthenticatingTlsProxy proxy = new AuthenticatingTlsProxy(sharedNode(), keys, API_KEY)) {
            assertThatThrownBy(() -> start(proxy.uri(), "d3Jvbmc6a2V5", TestCertificates.fingerprint(keys)).close())
                    .hasStackTraceContaining("refused the application's credentials (HTTP 401). Set "
                            + "kotmai.elasticsearch.api-key");
            assertThat(proxy.accepted()).isZero();
            assertThat(proxy.refused()).isNotEmpty();
        }
    }

    private ConfigurableApplicationContext start(URI uri, String apiKey, String fingerprint) {
        return ExternalApplication.start(dataDir,
                "--kotmai.elasticsearch.uris=" + uri,
                "--kotmai.elasticsearch.api-key=" + apiKey,
                "--kotmai.elasticsearch.ca-fingerprint=" + fingerprint,
                "--kotmai.elasticsearch.index-prefix=it-tls");
    }

    private static URI sharedNode() {
        return URI.create(System.getProperty("kotmai.elasticsearch.uris"));
    }
}
