package org.kotmai.elasticsearch;

import java.net.URI;
import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

/**
 * Reports Elasticsearch under {@code /actuator/health}: how it is reached, the cluster's status and its nodes. A red
 * cluster is down; yellow is up because a single node can never allocate replicas.
 */
final class ElasticsearchHealthIndicator implements HealthIndicator {

    private final ElasticsearchClient client;
    private final ElasticsearchMode mode;
    private final List<URI> uris;
    private final ManagedNodeLifecycle managedNode;

    ElasticsearchHealthIndicator(ElasticsearchClient client, ElasticsearchMode mode, List<URI> uris,
                                 ManagedNodeLifecycle managedNode) {
        this.client = client;
        this.mode = mode;
        this.uris = List.copyOf(uris);
        this.managedNode = managedNode;
    }

    @Override
    public Health health() {
        Health.Builder builder = new Health.Builder()
                .withDetail("mode", mode.name().toLowerCase())
                .withDetail("uris", uris.stream().map(URI::toString).toList());
        managedNode.node().ifPresent(node -> builder
                .withDetail("pid", node.pid())
                .withDetail("distribution", node.home().getFileName().toString())
                .withDetail("startupMillis", node.startupTime().toMillis()));
        try {
            HealthResponse cluster = client.cluster().health();
            builder.withDetail("clusterName", cluster.clusterName())
                    .withDetail("clusterStatus", cluster.status().jsonValue())
                    .withDetail("numberOfNodes", cluster.numberOfNodes())
                    .withDetail("numberOfDataNodes", cluster.numberOfDataNodes())
                    .withDetail("activeShards", cluster.activeShards());
            return (cluster.status() == HealthStatus.Red ? builder.down() : builder.up()).build();
        } catch (Exception e) {
            return builder.down(e).build();
        }
    }
}
