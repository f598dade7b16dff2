package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Behaviour of {@link IndexManager} against a real cluster; subclasses supply the cluster (managed node or
 * Testcontainers). Each test uses its own index prefix so tests never see each other's indices.
 */
abstract class IndexManagerContract {

    abstract ElasticsearchClient client();

    private static List<IndexDefinition> definitions(String version) {
        String folder = version.equals("refresh") ? "refresh" : "migration/" + version;
        return IndexDefinitions.load(new PathMatchingResourcePatternResolver(),
                "classpath*:elasticsearch-test/" + folder + "/*.json");
    }

    private static String prefix(TestInfo test) {
        return ("im-" + test.getTestMethod().orElseThrow().getName()).toLowerCase();
    }

    @Test
    void createsVersionedIndexBehindAliasAndIsIdempotent(TestInfo test) throws IOException {
        IndexManager manager = new IndexManager(client(), prefix(test), definitions("v1"));
        manager.ensureIndices();
        manager.ensureIndices();

        String alias = manager.alias("articles");
        assertThat(alias).isEqualTo(prefix(test) + "-articles");
        assertThat(client().indices().getAlias(a -> a.name(alias)).result().keySet())
                .containsExactly(alias + "-v1");
    }

    @Test
    void migratesToNewMappingVersionKeepingEveryDocument(TestInfo test) throws IOException {
        String alias = articlesV1(test, 1203);

        new IndexManager(client(), prefix(test), definitions("v2")).ensureIndices();

        client().indices().refresh(r -> r.index(alias));
        assertThat(client().indices().getAlias(a -> a.name(alias)).result().keySet()).containsExactly(alias + "-v2");
        assertThat(client().indices().exists(e -> e.index(alias + "-v1")).value()).isFalse();
        assertThat(client().count(c -> c.index(alias)).count()).isEqualTo(1203);
        // The keyword sub-field exists only in v2, so a hit on it proves documents went through the new mapping.
        long exact = client().count(c -> c.index(alias)
                .query(q -> q.term(t -> t.field("title.exact").value("มาตรา 1203")))).count();
        assertThat(exact).isEqualTo(1);
    }

    @Test
    void migrationHandsEachCopiedDocumentToTheIndexsRebuilder(TestInfo test) throws IOException {
        String alias = articlesV1(test, 3);
        DocumentRebuilder yearFromNumber = new DocumentRebuilder() {
            @Override
            public String index() {
                return "articles";
            }

            @Override
            public void rebuild(ObjectNode source) {
                source.put("year", 2560 + Integer.parseInt(source.path("number").asString()));
            }
        };

        new IndexManager(client(), prefix(test), definitions("v2"), () -> List.of(yearFromNumber)).ensureIndices();

        client().indices().refresh(r -> r.index(alias));
        assertThat(client().count(c -> c.index(alias)).count()).isEqualTo(3);
        long rebuilt = client().count(c -> c.index(alias)
                .query(q -> q.bool(b -> b.must(m -> m.term(t -> t.field("year").value(2563)))
                        .must(m -> m.term(t -> t.field("title.exact").value("มาตรา 3")))))).count();
        assertThat(rebuilt).isEqualTo(1);
    }

    @Test
    void migratesAnIndexOfDerivedDocumentsToAnEmptyOneWithoutCopying(TestInfo test) throws IOException {
        IndexManager v1 = new IndexManager(client(), prefix(test), definitions("v1"));
        v1.ensureIndices();
        String alias = v1.alias("articles");
        client().index(x -> x.index(alias).id("1").document(Map.of("title", "มาตรา 1", "number", "1")));

        new IndexManager(client(), prefix(test), definitions("derived")).ensureIndices();

        client().indices().refresh(r -> r.index(alias));
        assertThat(client().indices().getAlias(a -> a.name(alias)).result().keySet()).containsExactly(alias + "-v2");
        assertThat(client().indices().exists(e -> e.index(alias + "-v1")).value()).isFalse();
        assertThat(client().count(c -> c.index(alias)).count()).as("derived again by the application").isZero();
    }

    @Test
    void bulkLoadPausesRefreshAndPutsTheDeclaredIntervalBack(TestInfo test) throws IOException {
        IndexManager manager = new IndexManager(client(), prefix(test), definitions("refresh"));
        manager.ensureIndices();
        String alias = manager.alias("articles");

        try (IndexManager.BulkLoad load = manager.bulkLoad("articles")) {
            assertThat(refreshInterval(alias)).isEqualTo("-1");
            client().index(x -> x.index(alias).id("1").document(Map.of("title", "มาตรา 1", "number", "1")));
        }

        assertThat(refreshInterval(alias)).isEqualTo("2s");
        assertThat(client().count(c -> c.index(alias)).count()).as("refreshed once at the end").isEqualTo(1);
    }

    @Test
    void bulkLoadLeavesAnIndexWithTheDefaultRefreshAlone(TestInfo test) throws IOException {
        IndexManager manager = new IndexManager(client(), prefix(test), definitions("v1"));
        manager.ensureIndices();

        try (IndexManager.BulkLoad load = manager.bulkLoad("articles")) {
            assertThat(refreshInterval(manager.alias("articles"))).isNull();
        }
    }

    @Test
    void startPutsBackTheRefreshABulkLoadCutShortLeftPaused(TestInfo test) throws IOException {
        IndexManager manager = new IndexManager(client(), prefix(test), definitions("refresh"));
        manager.ensureIndices();
        manager.bulkLoad("articles");

        new IndexManager(client(), prefix(test), definitions("refresh")).ensureIndices();

        assertThat(refreshInterval(manager.alias("articles"))).isEqualTo("2s");
    }

    private String refreshInterval(String alias) throws IOException {
        var settings = client().indices().getSettings(g -> g.index(alias)).result().values().iterator().next()
                .settings();
        var interval = settings.index() != null ? settings.index().refreshInterval() : settings.refreshInterval();
        return interval == null ? null : interval.time();
    }

    @Test
    void refusesToDowngradeBelowTheIndexVersion(TestInfo test) {
        new IndexManager(client(), prefix(test), definitions("v2")).ensureIndices();
        IndexManager older = new IndexManager(client(), prefix(test), definitions("v1"));

        assertThatThrownBy(older::ensureIndices)
                .isInstanceOf(IndexSetupException.class)
                .hasMessageContaining(prefix(test) + "-articles-v2")
                .hasMessageContaining("newer than the definition version 1");
    }

    @Test
    void refusesConcreteIndexWhereTheAliasBelongs(TestInfo test) throws IOException {
        client().indices().create(c -> c.index(prefix(test) + "-articles"));
        IndexManager manager = new IndexManager(client(), prefix(test), definitions("v1"));

        assertThatThrownBy(manager::ensureIndices)
                .isInstanceOf(IndexSetupException.class)
                .hasMessageContaining("concrete index named " + prefix(test) + "-articles");
    }

    /** The articles index at version 1 holding articles 1 to {@code count}; returns its alias. */
    private String articlesV1(TestInfo test, int count) throws IOException {
        IndexManager v1 = new IndexManager(client(), prefix(test), definitions("v1"));
        v1.ensureIndices();
        String alias = v1.alias("articles");
        for (int i = 1; i <= count; i++) {
            String id = Integer.toString(i);
            client().index(x -> x.index(alias).id(id).document(Map.of("title", "มาตรา " + id, "number", id)));
        }
        return alias;
    }

}
