package org.kotmai.elasticsearch;

import java.net.URI;

import org.testcontainers.elasticsearch.ElasticsearchContainer;

/** The full Elasticsearch distribution in Docker, for machines that have Docker; security off like the managed node. */
final class TestContainers {

    static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.19.21";

    private TestContainers() {
    }

    static ElasticsearchContainer elasticsearch() {
        return new ElasticsearchContainer(IMAGE)
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
    }

    static URI uri(ElasticsearchContainer container) {
        return URI.create("http://" + container.getHttpHostAddress());
    }
}
