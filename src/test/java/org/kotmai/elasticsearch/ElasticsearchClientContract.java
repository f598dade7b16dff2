package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;

/** The client as the application builds it, against a real cluster supplied by the subclass. */
abstract class ElasticsearchClientContract {

    abstract ElasticsearchClient client();

    record Section(String law, String number, String text) {
    }

    @Test
    void reportsHealthyCluster() throws IOException {
        assertThat(client().cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
    }

    @Test
    void roundTripsThaiRecordThroughJackson3Mapper() throws IOException {
        Section section = new Section("ประมวลกฎหมายแพ่งและพาณิชย์", "๔๒๐", "ผู้ใดจงใจหรือประมาทเลินเล่อ");
        client().index(i -> i.index("client-contract").id("420").document(section).refresh(
                co.elastic.clients.elasticsearch._types.Refresh.True));

        Section read = client().get(g -> g.index("client-contract").id("420"), Section.class).source();
        List<String> found = client().search(s -> s.index("client-contract")
                .query(q -> q.term(t -> t.field("number.keyword").value("๔๒๐"))), Section.class)
                .hits().hits().stream().map(h -> h.id()).toList();

        assertThat(read).isEqualTo(section);
        assertThat(found).containsExactly("420");
    }
}
