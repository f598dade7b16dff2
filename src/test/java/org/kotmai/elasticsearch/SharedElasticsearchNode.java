package org.kotmai.elasticsearch;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * Starts one managed Elasticsearch node per test JVM, shared by every test class that uses it, and points Spring
 * contexts at it in external mode. The node lives in the root extension store, so JUnit stops it when the whole
 * run ends. Test methods and constructors may also take an {@link ElasticsearchClient} parameter connected to it.
 *
 * <p>The node is handed to Spring through system properties because Spring builds the context after this
 * callback and has no access to the JUnit store; the values are the same for the whole JVM, so cached contexts
 * stay valid.
 */
public final class SharedElasticsearchNode implements BeforeAllCallback, ParameterResolver {

    /** Index prefix of integration tests, so they never touch indices of a developer's application. */
    public static final String INDEX_PREFIX = "it";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SharedElasticsearchNode.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        URI uri = node(context).httpUri();
        System.setProperty("kotmai.elasticsearch.uris", uri.toString());
        System.setProperty("kotmai.elasticsearch.index-prefix", INDEX_PREFIX);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ElasticsearchClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(SharedClient.class,
                key -> new SharedClient(testClient(node(context).httpUri())), SharedClient.class).client();
    }

    /** The shared node, started on first use. */
    static ManagedNode node(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(ManagedNode.class, key -> ManagedNode.start(TestNodes.fresh("shared")),
                        ManagedNode.class);
    }

    /** A client for a test cluster with security off, built the way the application builds its own. */
    static ElasticsearchClient testClient(URI uri) {
        ElasticsearchProperties properties = new ElasticsearchProperties(List.of(uri), null, null, null, null, null,
                java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(60), INDEX_PREFIX,
                "classpath*:elasticsearch/indices/*.json", null);
        return new ElasticsearchClient(new RestClientTransport(RestClientFactory.create(List.of(uri), properties),
                new Jackson3JsonpMapper()));
    }

    private record SharedClient(ElasticsearchClient client) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            client._transport().close();
        }
    }
}
