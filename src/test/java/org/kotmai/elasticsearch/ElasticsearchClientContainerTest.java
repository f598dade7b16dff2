package org.kotmai.elasticsearch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

@Testcontainers(disabledWithoutDocker = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchClientContainerTest extends ElasticsearchClientContract {

    @Container
    static final ElasticsearchContainer ELASTICSEARCH = TestContainers.elasticsearch();

    private ElasticsearchClient client;

    @BeforeAll
    void connect() {
        client = SharedElasticsearchNode.testClient(TestContainers.uri(ELASTICSEARCH));
    }

    @AfterAll
    void disconnect() throws Exception {
        client._transport().close();
    }

    @Override
    ElasticsearchClient client() {
        return client;
    }
}
