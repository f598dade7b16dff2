package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.kotmai.KotmaiApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The embedded default: with no uris configured the application provisions its own node, reports it in health,
 * and stops it when the application stops. Command-line arguments are used because they outrank the system
 * properties a shared test node may have set in this JVM.
 */
class ManagedModeApplicationTest {

    @Test
    void runsItsOwnNodeReportsItInHealthAndStopsItWithTheApplication() throws IOException {
        long pid;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KotmaiApplication.class)
                .web(WebApplicationType.NONE)
                .run("--kotmai.elasticsearch.uris=",
                        "--kotmai.data-dir=" + TestNodes.ROOT.resolve("application"),
                        "--kotmai.elasticsearch.managed.heap=512m",
                        "--kotmai.elasticsearch.index-prefix=managed-mode")) {
            Health health = app.getBean(ElasticsearchHealthIndicator.class).health();
            ElasticsearchClient client = app.getBean(ElasticsearchClient.class);

            assertThat(client.cluster().health().clusterName()).isEqualTo(ManagedNode.CLUSTER_NAME);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("mode", "managed")
                    .containsEntry("distribution", "elasticsearch-8.19.21")
                    .containsKeys("pid", "startupMillis", "clusterStatus", "numberOfNodes");
            pid = (Long) health.getDetails().get("pid");
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isPresent();
        }
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    }
}
