package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;

class ClusterRefusalTest {

    private static ElasticsearchException answered(int status) {
        return new ElasticsearchException("es/indices.create", ErrorResponse.of(r -> r.status(status)
                .error(c -> c.type("security_exception").reason("denied"))));
    }

    @Test
    void rejectedCredentialsNameTheSettingsThatSupplyThem() {
        assertThat(ClusterRefusal.explain(answered(401), "kotmai-*")).get().asString()
                .contains("HTTP 401", "kotmai.elasticsearch.api-key", "kotmai.elasticsearch.username", "denied");
    }

    @Test
    void missingPrivilegesNameTheIndicesTheApplicationNeeds() {
        assertThat(ClusterRefusal.explain(answered(403), "kotmai-*")).get().asString()
                .contains("HTTP 403", "kotmai-*");
    }

    @Test
    void otherFailuresAreLeftToTheCaller() {
        assertThat(ClusterRefusal.explain(answered(400), "kotmai-*")).isEmpty();
        assertThat(ClusterRefusal.explain(new java.io.IOException("connection refused"), "kotmai-*")).isEmpty();
    }
}
