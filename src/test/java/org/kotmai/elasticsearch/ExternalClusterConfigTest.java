package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * External mode without an external cluster: the properties bind as documented, and the client really sends the
 * configured credentials and really trusts only the configured CA, checked against loopback HTTP(S) servers that
 * record what arrives.
 */
class ExternalClusterConfigTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final BlockingQueue<String> authorizations = new LinkedBlockingQueue<>();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static ElasticsearchProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("kotmai.elasticsearch", ElasticsearchProperties.class);
    }

    @Test
    void bindsSeveralHostsAndBuildsOneClientNodePerHost() throws IOException {
        ElasticsearchProperties properties = bind(Map.of(
                "kotmai.elasticsearch.uris", "http://es1.example:9200, https://es2.example:9243,http://es3.example"));

        assertThat(properties.isManaged()).isFalse();
        try (RestClient client = RestClientFactory.create(properties.uris(), properties)) {
            assertThat(client.getNodes()).extracting(n -> n.getHost().toURI())
                    .containsExactly("http://es1.example:9200", "https://es2.example:9243", "http://es3.example:9200");
        }
    }

    @Test
    void defaultsToManagedModeWithDocumentedDefaults() {
        ElasticsearchProperties properties = bind(Map.of());

        assertThat(properties.isManaged()).isTrue();
        assertThat(properties.indexPrefix()).isEqualTo("kotmai");
        assertThat(properties.managed().heap()).isEqualTo("1g");
        assertThat(properties.managed().port()).isZero();
        assertThat(properties.managed().user()).isEqualTo("kotmai-es");
    }

    @Test
    void sendsApiKeyOnEveryRequest() throws Exception {
        URI uri = startHttp();
        ElasticsearchProperties properties = bind(Map.of("kotmai.elasticsearch.uris", uri.toString(),
                "kotmai.elasticsearch.api-key", "a2V5aWQ6c2VjcmV0"));

        try (RestClient client = RestClientFactory.create(properties.uris(), properties)) {
            client.performRequest(new Request("GET", "/_cluster/health"));
        }
        assertThat(authorizations.poll(10, TimeUnit.SECONDS)).isEqualTo("ApiKey a2V5aWQ6c2VjcmV0");
    }

    @Test
    void sendsBasicCredentialsWithoutWaitingForAChallenge() throws Exception {
        URI uri = startHttp();
        ElasticsearchProperties properties = bind(Map.of("kotmai.elasticsearch.uris", uri.toString(),
                "kotmai.elasticsearch.username", "kotmai", "kotmai.elasticsearch.password", "รหัส"));

        try (RestClient client = RestClientFactory.create(properties.uris(), properties)) {
            client.performRequest(new Request("GET", "/"));
        }
        String expected = Base64.getEncoder().encodeToString("kotmai:รหัส".getBytes(StandardCharsets.UTF_8));
        assertThat(authorizations.poll(10, TimeUnit.SECONDS)).isEqualTo("Basic " + expected);
    }

    @Test
    void trustsServerWhoseCertificateMatchesTheFingerprint() throws Exception {
        KeyStore keys = TestCertificates.selfSigned(dir);
        URI uri = startHttps(keys);
        String fingerprint = TestCertificates.fingerprint(keys);

        ElasticsearchProperties properties = bind(Map.of("kotmai.elasticsearch.uris", uri.toString(),
                "kotmai.elasticsearch.ca-fingerprint", fingerprint));
        try (RestClient client = RestClientFactory.create(properties.uris(), properties)) {
            assertThat(client.performRequest(new Request("GET", "/")).getStatusLine().getStatusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void refusesServerWhoseCertificateDoesNotMatchTheFingerprint() throws Exception {
        URI uri = startHttps(TestCertificates.selfSigned(dir));
        ElasticsearchProperties properties = bind(Map.of("kotmai.elasticsearch.uris", uri.toString(),
                "kotmai.elasticsearch.ca-fingerprint", "00".repeat(32)));

        try (RestClient client = RestClientFactory.create(properties.uris(), properties)) {
            assertThatThrownBy(() -> client.performRequest(new Request("GET", "/")))
                    .hasStackTraceContaining("SSL");
        }
        assertThat(authorizations).isEmpty();
    }

    @Test
    void trustsServerSignedByTheConfiguredCaCertificateFile() throws Exception {
        KeyStore keys = TestCertificates.selfSigned(dir);
        URI uri = startHttps(keys);
        Path pem = dir.resolve("ca.crt");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(TestCertificates.certificate(keys).getEncoded())
                + "\n-----END CERTIFICATE-----\n");

        ElasticsearchProperties properties = bind(Map.of("kotmai.elasticsearch.uris", uri.toString(),
                "kotmai.elasticsearch.ca-certificate", pem.toString()));
        try (RestClient client = RestClientFactory.create(properties.uris(), properties)) {
            assertThat(client.performRequest(new Request("GET", "/")).getStatusLine().getStatusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void namesThePropertyWhenTheCaCertificateIsUnreadable() {
        ElasticsearchProperties properties = bind(Map.of("kotmai.elasticsearch.uris", "https://es.example:9200",
                "kotmai.elasticsearch.ca-certificate", dir.resolve("missing.crt").toString()));

        assertThatThrownBy(() -> RestClientFactory.create(properties.uris(), properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kotmai.elasticsearch.ca-certificate")
                .hasMessageContaining("missing.crt");
    }

    @Test
    void rejectsConflictingOrMalformedSettingsNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("kotmai.elasticsearch.api-key", "k",
                "kotmai.elasticsearch.username", "u", "kotmai.elasticsearch.password", "p")))
                .hasRootCauseMessage("Set either kotmai.elasticsearch.api-key or kotmai.elasticsearch.username/password,"
                        + " not both.");
        assertThatThrownBy(() -> bind(Map.of("kotmai.elasticsearch.uris", "es1:9200")))
                .hasRootCauseMessage("kotmai.elasticsearch.uris entry 'es1:9200' is not an http(s)://host:port"
                        + " address.");
        assertThatThrownBy(() -> bind(Map.of("kotmai.elasticsearch.username", "u")))
                .rootCause().hasMessageContaining("set both or neither");
    }

    private URI startHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        return serve(server, "http");
    }

    private URI startHttps(KeyStore keys) throws Exception {
        SSLContext ssl = TestCertificates.serverContext(keys);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(ssl));
        server = https;
        return serve(https, "https");
    }

    private URI serve(HttpServer http, String scheme) {
        http.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        return URI.create(scheme + "://127.0.0.1:" + http.getAddress().getPort());
    }
}
