package org.kotmai.elasticsearch;

import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

@ExtendWith(SharedElasticsearchNode.class)
class IndexManagerTest extends IndexManagerContract {

    private final ElasticsearchClient client;

    IndexManagerTest(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    ElasticsearchClient client() {
        return client;
    }
}
