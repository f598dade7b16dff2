package org.kotmai.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * Wires Elasticsearch: the managed node (when no {@code kotmai.elasticsearch.uris} is set), the
 * {@link ElasticsearchClient}, the {@link IndexManager} and the health indicator.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
class ElasticsearchConfiguration {

    @Bean
    ManagedNodeLifecycle managedNodeLifecycle(ElasticsearchProperties properties,
                                              @Value("${kotmai.data-dir:./data}") Path dataDir,
                                              ResourceLoader resourceLoader) {
        if (!properties.isManaged()) {
            return new ManagedNodeLifecycle(Optional.empty());
        }
        ElasticsearchProperties.Managed managed = properties.managed();
        // The port is fixed now, before the node runs, so the client can be built with its address.
        int port = managed.port() == 0 ? ManagedNode.freePort() : managed.port();
        Path javaHome = managed.javaHome() == null ? JavaRuntime.current().home() : managed.javaHome();
        return new ManagedNodeLifecycle(Optional.of(new ManagedNodeSettings(NodeLayout.underDataDir(dataDir),
                resourceLoader.getResource(managed.distribution()), managed.heap(), port, managed.user(),
                managed.startTimeout(), javaHome, managed.minFreeDisk().toBytes(), managed.settings())));
    }

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchProperties properties, ManagedNodeLifecycle managedNode) {
        return RestClientFactory.create(uris(properties, managedNode), properties);
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    @Bean
    IndexManager indexManager(ElasticsearchClient client, ElasticsearchProperties properties,
                              ResourceLoader resourceLoader, ObjectProvider<DocumentRebuilder> rebuilders) {
        ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
        // Looked up when a migration needs them: the catalog's rebuilder depends on beans built after this one.
        return new IndexManager(client, properties.indexPrefix(),
                IndexDefinitions.load(resolver, properties.indexResources()),
                () -> rebuilders.orderedStream().toList());
    }

    @Bean
    IndexManagerLifecycle indexManagerLifecycle(IndexManager indexManager) {
        return new IndexManagerLifecycle(indexManager);
    }

    @Bean
    ElasticsearchHealthIndicator elasticsearchHealthIndicator(ElasticsearchClient client,
                                                              ElasticsearchProperties properties,
                                                              ManagedNodeLifecycle managedNode) {
        return new ElasticsearchHealthIndicator(client,
                properties.isManaged() ? ElasticsearchMode.MANAGED : ElasticsearchMode.EXTERNAL,
                uris(properties, managedNode), managedNode);
    }

    private static List<URI> uris(ElasticsearchProperties properties, ManagedNodeLifecycle managedNode) {
        return properties.isManaged() ? List.of(managedNode.httpUri()) : properties.uris();
    }
}
