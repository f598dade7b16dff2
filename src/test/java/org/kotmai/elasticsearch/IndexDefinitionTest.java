package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

class IndexDefinitionTest {

    @TempDir
    Path dir;

    private final JsonMapper json = JsonMapper.builder().build();

    private IndexDefinition read(String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.writeString(path, content);
        return IndexDefinition.read(new FileSystemResource(path), json);
    }

    @Test
    void takesNameFromFileAndVersionFromMappingMeta() throws IOException {
        IndexDefinition definition = read("laws.json", "{\"mappings\":{\"_meta\":{\"version\":3}}}");

        assertThat(definition.name()).isEqualTo("laws");
        assertThat(definition.version()).isEqualTo(3);
    }

    @Test
    void rejectsDefinitionWithoutVersionNamingTheFile() {
        assertThatThrownBy(() -> read("laws.json", "{\"mappings\":{\"properties\":{}}}"))
                .isInstanceOf(IndexSetupException.class)
                .hasMessageContaining("laws.json")
                .hasMessageContaining("mappings._meta.version");
    }

    @Test
    void rejectsVersionWrittenAsString() {
        assertThatThrownBy(() -> read("laws.json", "{\"mappings\":{\"_meta\":{\"version\":\"2\"}}}"))
                .isInstanceOf(IndexSetupException.class)
                .hasMessageContaining("integer");
    }

    @Test
    void rejectsInvalidJsonNamingTheFile() {
        assertThatThrownBy(() -> read("laws.json", "{\"mappings\":"))
                .isInstanceOf(IndexSetupException.class)
                .hasMessageContaining("laws.json] is not valid JSON");
    }

    @Test
    void rejectsFileNameThatCannotBeAnIndexName() {
        assertThatThrownBy(() -> read("Laws.json", "{\"mappings\":{\"_meta\":{\"version\":1}}}"))
                .isInstanceOf(IndexSetupException.class)
                .hasMessageContaining("lowercase");
    }

    @Test
    void loadsEveryDefinitionMatchingThePattern() {
        List<IndexDefinition> definitions = IndexDefinitions.load(new PathMatchingResourcePatternResolver(),
                "classpath*:elasticsearch-test/migration/v2/*.json");

        assertThat(definitions).extracting(IndexDefinition::name, IndexDefinition::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("articles", 2));
    }

    @Test
    void refusesTwoDefinitionsOfTheSameIndex() throws IOException {
        IndexDefinition one = read("laws.json", "{\"mappings\":{\"_meta\":{\"version\":1}}}");

        assertThatThrownBy(() -> new IndexManager(null, "kotmai", List.of(one, one)))
                .isInstanceOf(IndexSetupException.class)
                .hasMessageContaining("defined twice");
    }

    @Test
    void namesAliasWithPrefixAndRejectsUnknownIndex() throws IOException {
        IndexManager manager = new IndexManager(null, "kotmai",
                List.of(read("laws.json", "{\"mappings\":{\"_meta\":{\"version\":1}}}")));

        assertThat(manager.alias("laws")).isEqualTo("kotmai-laws");
        assertThat(manager.names()).containsExactly("laws");
        assertThatThrownBy(() -> manager.alias("gazette"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No index definition 'gazette'")
                .hasMessageContaining("elasticsearch/indices/gazette.json");
    }
}
