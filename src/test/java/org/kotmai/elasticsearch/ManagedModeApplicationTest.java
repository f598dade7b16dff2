package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** The embedded default: no uris configured, so the application provisions and runs its own node. */
@SpringBootTest(properties = {
        "kotmai.elasticsearch.uris=",
        "kotmai.data-dir=target/elasticsearch-test/application",
        "kotmai.elasticsearch.managed.heap=512m",
        "kotmai.elasticsearch.index-prefix=managed-mode"})
@DirtiesContext
class ManagedModeApplicationTest {

    @Autowired
    ElasticsearchClient client;

    @Autowired
    ElasticsearchHealthIndicator health;

    @Test
    void startsItsOwnNodeAndReportsItInHealth() throws IOException {
        Health result = health.health();

        assertThat(client.cluster().health().clusterName()).isEqualTo(ManagedNode.CLUSTER_NAME);
        assertThat(result.getStatus()).isEqualTo(Status.UP);
        assertThat(result.getDetails()).containsEntry("mode", "managed")
                .containsEntry("distribution", "elasticsearch-8.19.21")
                .containsKeys("pid", "startupMillis", "clusterStatus", "numberOfNodes");
    }
}
