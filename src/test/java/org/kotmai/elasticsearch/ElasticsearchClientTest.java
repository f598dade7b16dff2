package org.kotmai.elasticsearch;

import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

@ExtendWith(SharedElasticsearchNode.class)
class ElasticsearchClientTest extends ElasticsearchClientContract {

    private final ElasticsearchClient client;

    ElasticsearchClientTest(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    ElasticsearchClient client() {
        return client;
    }
}
