package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ManagedNodeTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keepsDocumentsAcrossRestartAndRunsUnprivilegedWhenRoot() throws Exception {
        ManagedNodeSettings first = TestNodes.fresh("restart");
        try (ManagedNode node = ManagedNode.start(first)) {
            assertThat(node.isAlive()).isTrue();
            if (new com.sun.security.auth.module.UnixSystem().getUid() == 0) {
                assertThat(ProcessHandle.of(node.pid()).flatMap(p -> p.info().user())).contains("kotmai-es");
            }
            assertThat(send(node.httpUri(), "PUT", "/survivor/_doc/1?refresh=true", "{\"title\":\"พระราชบัญญัติ\"}")
                    .statusCode()).isEqualTo(201);
        }
        ManagedNodeSettings second = TestNodes.settings("restart", ManagedNode.freePort(), Map.of());
        try (ManagedNode node = ManagedNode.start(second)) {
            HttpResponse<String> doc = send(node.httpUri(), "GET", "/survivor/_doc/1", null);
            assertThat(doc.statusCode()).isEqualTo(200);
            assertThat(doc.body()).contains("พระราชบัญญัติ");
        }
    }

    @Test
    void stopsStaleNodeLeftByKilledApplication() {
        ManagedNode orphan = ManagedNode.start(TestNodes.fresh("stale"));
        long orphanPid = orphan.pid();
        // A second start on the same directory stands for the restarted application that never closed the first.
        try (ManagedNode node = ManagedNode.start(TestNodes.settings("stale", ManagedNode.freePort(), Map.of()))) {
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(node.pid()).isNotEqualTo(orphanPid);
            assertThat(node.isAlive()).isTrue();
        }
    }

    @Test
    void reportsConfiguredPortInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ManagedNodeSettings settings = TestNodes.settings("port-in-use", taken.getLocalPort(), Map.of());
            assertThatThrownBy(() -> ManagedNode.start(settings))
                    .isInstanceOf(ManagedNodeException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("already in use")
                    .hasMessageContaining("kotmai.elasticsearch.managed.port");
        }
    }

    @Test
    void reportsNodeDyingDuringStartWithTailOfItsLog() {
        ManagedNodeSettings settings = TestNodes.settings("bad-setting", ManagedNode.freePort(),
                Map.of("kotmai.no.such.setting", "on"));
        DistributionInstaller.deleteRecursively(settings.layout().node());
        assertThatThrownBy(() -> ManagedNode.start(settings))
                .isInstanceOf(ManagedNodeException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining("console.log")
                .hasMessageContaining("unknown setting [kotmai.no.such.setting]");
    }

    private HttpResponse<String> send(URI node, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path));
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        request.header("Content-Type", "application/json");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
