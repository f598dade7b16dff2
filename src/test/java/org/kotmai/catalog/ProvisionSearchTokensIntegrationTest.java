package org.kotmai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.elasticsearch.IndexManager;
import org.kotmai.ingest.FileReport;
import org.kotmai.ingest.IngestService;
import org.kotmai.ingest.SourceDocument;
import org.kotmai.ingest.SourceMetadata;
import org.kotmai.thai.ThaiAnalyzer;
import org.springframework.beans.factory.annotation.Autowired;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.search.Hit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provisions' search tokens are indexed but not stored: an ingested provision is found by them without
 * carrying them in its source, and a migration from an index whose sources lack them derives them again.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-provision-tokens")
class ProvisionSearchTokensIntegrationTest {

    private static final String ACT = """
            พระราชบัญญัติ
            การเลี้ยงผึ้งในเขตเมือง
            พ.ศ. ๒๕๗๐

            มาตรา ๑  พระราชบัญญัตินี้เรียกว่า "พระราชบัญญัติการเลี้ยงผึ้งในเขตเมือง พ.ศ. ๒๕๗๐"

            มาตรา ๒  ผู้ใดเลี้ยงผึ้งในเขตเมืองต้องแจ้งต่อนายทะเบียนภายในสามสิบวัน
            """;
    private static final List<String> TOKEN_FIELDS = List.of("textTokens", "textGrams", "titleTokens", "pathTokens");

    @Autowired
    IngestService ingest;
    @Autowired
    IndexManager indexManager;
    @Autowired
    CatalogIndices indices;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    ThaiAnalyzer analyzer;

    @Test
    void anIngestedProvisionIsFoundByItsTokensThoughItsSourceLacksThem(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bees.txt");
        Files.writeString(file, ACT, StandardCharsets.UTF_8);
        FileReport report = ingest.ingest(new SourceDocument("test:bees", "bees.txt", file, SourceMetadata.empty()));
        String id = report.lawId() + "/2";

        JsonNode stored = client.get(g -> g.index(indices.provisions()).id(id), JsonNode.class).source();

        assertThat(stored.path("text").asString()).contains("นายทะเบียน");
        assertThat(stored.path("search").path("lawSize").asInt()).isEqualTo(2);
        assertThat(stored.path("search").has("boilerplate")).isTrue();
        TOKEN_FIELDS.forEach(field -> assertThat(stored.path("search").has(field)).as(field).isFalse());
        assertThat(idsMatching("textTokens", "แจ้งต่อนายทะเบียน")).containsExactly(id);
        assertThat(idsMatching("titleTokens", "การเลี้ยงผึ้งในเขตเมือง")).contains(id);
    }

    @Test
    void migrationDerivesTheTokensTheOldSourcesLackAndKeepsTheirOtherFields() throws IOException {
        String alias = indices.provisions();
        for (String index : client.indices().getAlias(a -> a.name(alias)).result().keySet()) {
            client.indices().delete(d -> d.index(index));
        }
        String older = alias + "-v6";
        try (InputStream body = olderDefinition()) {
            client.indices().create(c -> c.index(older).withJson(body).aliases(alias, a -> a.isWriteIndex(true)));
        }
        ObjectNode provision = JsonMapper.builder().build().createObjectNode();
        provision.put("id", "act-2570-ย้ายดัชนี/7");
        provision.put("lawId", "act-2570-ย้ายดัชนี");
        provision.put("lawTitle", "พระราชบัญญัติการย้ายดัชนี พ.ศ. ๒๕๗๐");
        provision.put("number", "7");
        provision.putArray("path").add("หมวด ๒ การขนย้ายรังผึ้ง");
        provision.put("text", "ผู้ขนย้ายรังผึ้งต้องมีใบอนุญาตก่อนออกเดินทาง");
        provision.put("noteFromAnotherVersion", "kept as it was");
        provision.putObject("search").put("boilerplate", true).put("lawSize", 41);
        client.index(i -> i.index(older).id("act-2570-ย้ายดัชนี/7").document(provision));
        client.indices().refresh(r -> r.index(older));
        assertThat(idsMatching("textTokens", "ขนย้ายรังผึ้ง")).as("not indexed before the migration").isEmpty();

        indexManager.ensureIndices();

        assertThat(client.indices().getAlias(a -> a.name(alias)).result().keySet()).doesNotContain(older);
        assertThat(idsMatching("textTokens", "ขนย้ายรังผึ้ง")).containsExactly("act-2570-ย้ายดัชนี/7");
        assertThat(idsMatching("pathTokens", "การขนย้ายรังผึ้ง")).containsExactly("act-2570-ย้ายดัชนี/7");
        assertThat(idsMatching("titleTokens", "การย้ายดัชนี")).containsExactly("act-2570-ย้ายดัชนี/7");
        JsonNode stored = client.get(g -> g.index(alias).id("act-2570-ย้ายดัชนี/7"), JsonNode.class).source();
        assertThat(stored.path("noteFromAnotherVersion").asString()).isEqualTo("kept as it was");
        assertThat(stored.path("text").asString()).isEqualTo(provision.path("text").asString());
        assertThat(stored.path("search").path("boilerplate").asBoolean()).isTrue();
        assertThat(stored.path("search").path("lawSize").asInt()).isEqualTo(41);
        TOKEN_FIELDS.forEach(field -> assertThat(stored.path("search").has(field)).as(field).isFalse());
    }

    /** The shipped definition as the version before, which stored the tokens. */
    private InputStream olderDefinition() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode definition;
        try (InputStream in = getClass().getResourceAsStream("/elasticsearch/indices/provisions.json")) {
            definition = (ObjectNode) json.readTree(in);
        }
        ObjectNode mappings = (ObjectNode) definition.path("mappings");
        mappings.remove("_source");
        ((ObjectNode) mappings.path("_meta")).put("version", 6);
        return new ByteArrayInputStream(json.writeValueAsBytes(definition));
    }

    private List<String> idsMatching(String tokenField, String words) throws IOException {
        String tokens = analyzer.analyzedForIndex(words);
        client.indices().refresh(r -> r.index(indices.provisions()));
        return client.search(s -> s.index(indices.provisions()).query(q -> q.match(m -> m.field("search." + tokenField)
                .query(tokens).operator(Operator.And))), Void.class).hits().hits().stream().map(Hit::id).toList();
    }
}
