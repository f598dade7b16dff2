package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.kotmai.ingest.ImportStatus;
import org.kotmai.search.SearchRequest;
import org.kotmai.search.SearchResult;
import org.kotmai.search.SearchService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * External mode against a real three-node cluster: the application gets all three hosts, its indices get a
 * replica on another node, and when one node dies (the elected master, the hardest case) the client moves on to
 * the others, so reads go on at once and writes once the cluster has elected a new master. Starts three nodes,
 * so it runs on its own: {@code ./mvnw test -Pcluster}.
 */
@Tag("cluster")
class ExternalClusterFailoverTest {

    @TempDir
    Path dataDir;

    @Test
    void catalogReadsAndWritesSurviveTheLossOfANode() throws Exception {
        try (TestCluster cluster = TestCluster.start(3);
             ConfigurableApplicationContext app = ExternalApplication.start(dataDir,
                     "--kotmai.elasticsearch.uris=" + cluster.urisProperty(),
                     "--kotmai.elasticsearch.index-prefix=cluster")) {
            ImportService imports = app.getBean(ImportService.class);
            CatalogRepository catalog = app.getBean(CatalogRepository.class);
            SearchService search = app.getBean(SearchService.class);
            ElasticsearchClient client = app.getBean(ElasticsearchClient.class);

            ImportStatus first = imports.run(ImportSource.FOLDER,
                    LawFolders.of(dataDir, "src/test/resources/ingest/sample-act.txt",
                            "src/test/resources/search/canal-act.txt"));
            assertThat(first.errors()).as(first.report().toString()).isZero();
            HealthResponse health = client.cluster().health(h -> h.index("cluster-*")
                    .waitForStatus(HealthStatus.Green).timeout(t -> t.time("60s")));
            assertThat(health.numberOfNodes()).isEqualTo(3);
            assertThat(health.status()).isEqualTo(HealthStatus.Green);
            assertThat(health.activeShards()).as("every shard has a replica on another node")
                    .isEqualTo(2 * health.activePrimaryShards());
            assertThat(hitsFor(search, "คลองสาธารณะ")).isPositive();

            String master = client.cat().master().valueBody().get(0).node();
            int masterIndex = Integer.parseInt(master.substring(master.lastIndexOf('-') + 1)) - 1;
            cluster.kill(masterIndex);

            assertThat(catalog.countLaws()).as("read right after the master died").isEqualTo(2);
            assertThat(hitsFor(search, "คลองสาธารณะ")).isPositive();

            HealthResponse afterLoss = client.cluster().health(h -> h.waitForNodes("2")
                    .waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("120s")));
            assertThat(afterLoss.timedOut()).isFalse();
            ImportStatus second = imports.run(ImportSource.FOLDER,
                    LawFolders.of(dataDir, "src/test/resources/search/goat-act.txt"));
            assertThat(second.errors()).as(second.report().toString()).isZero();
            assertThat(catalog.countLaws()).isEqualTo(3);
            assertThat(hitsFor(search, "เลี้ยงแพะ")).isPositive();
        }
    }

    private static long hitsFor(SearchService search, String query) {
        SearchResult result = search.search(new SearchRequest(query, null, null, null, null, null, null, 0, 10));
        return result.total();
    }
}
