package org.kotmai.elasticsearch;

import java.net.URI;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one managed Elasticsearch node per test JVM, shared by every test class that uses it, and points Spring
 * contexts at it in external mode. The node lives in the root extension store, so JUnit stops it when the whole
 * run ends.
 *
 * <p>The node is handed to Spring through system properties because Spring builds the context after this
 * callback and has no access to the JUnit store; the values are the same for the whole JVM, so cached contexts
 * stay valid.
 */
public final class SharedElasticsearchNode implements BeforeAllCallback {

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

    /** The shared node, started on first use. */
    static ManagedNode node(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(ManagedNode.class, key -> ManagedNode.start(TestNodes.fresh("shared")),
                        ManagedNode.class);
    }
}
