package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

@ElasticsearchIntegrationTest
class ElasticsearchWiringTest {

    @Autowired
    ElasticsearchClient client;

    @Autowired
    ElasticsearchHealthIndicator health;

    @Autowired
    ElasticsearchProperties properties;

    @Autowired
    ManagedNodeLifecycle managedNode;

    @Test
    void pointsTheApplicationAtTheSharedNodeInExternalModeWithoutProvisioning() throws IOException {
        assertThat(properties.isManaged()).isFalse();
        assertThat(managedNode.isRunning()).isFalse();
        assertThat(managedNode.node()).isEmpty();
        assertThat(properties.indexPrefix()).isEqualTo(SharedElasticsearchNode.INDEX_PREFIX);
        assertThat(client.cluster().health().clusterName()).isEqualTo(ManagedNode.CLUSTER_NAME);
    }

    @Test
    void healthReportsModeClusterStatusAndNodes() {
        Health result = health.health();
        Map<String, Object> details = result.getDetails();

        assertThat(result.getStatus()).isEqualTo(Status.UP);
        assertThat(details).containsEntry("mode", "external")
                .containsEntry("clusterName", ManagedNode.CLUSTER_NAME)
                .containsEntry("numberOfNodes", 1)
                .containsKey("uris");
        assertThat(details.get("clusterStatus")).isIn("green", "yellow");
    }
}
