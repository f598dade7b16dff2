package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;

class NodeConfigTest {

    @TempDir
    Path dir;

    @Test
    void writesLoopbackSingleNodeConfigWithHeapAndQuotedExtraSettings() throws IOException {
        Path home = Files.createDirectories(dir.resolve("elasticsearch-9.9.9/config"));
        Files.writeString(home.resolve("jvm.options"), "-XX:+UseG1GC\n");
        Files.writeString(home.resolve("log4j2.properties"), "status = error\n");
        NodeLayout layout = new NodeLayout(dir.resolve("dist"), dir.resolve("node"));
        ManagedNodeSettings settings = new ManagedNodeSettings(layout, new ByteArrayResource(new byte[0]), "768m",
                9277, "kotmai-es", Duration.ofSeconds(30), dir, 0, Map.of("node.attr.note", "say \"hi\""));

        NodeConfig.write(settings, home.getParent());

        assertThat(layout.config().resolve("elasticsearch.yml")).content()
                .contains("http.port: \"9277\"")
                .contains("network.host: \"127.0.0.1\"")
                .contains("discovery.type: \"single-node\"")
                .contains("xpack.security.enabled: \"false\"")
                .contains("path.data: \"" + layout.data() + "\"")
                .contains("node.attr.note: \"say \\\"hi\\\"\"");
        assertThat(layout.config().resolve("jvm.options.d/heap.options")).hasContent("-Xms768m\n-Xmx768m");
        assertThat(layout.config().resolve("jvm.options")).hasContent("-XX:+UseG1GC");
        assertThat(layout.run()).isDirectory();
    }
}
