package org.kotmai.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Managed nodes for tests. The distribution is unpacked once into target/ and reused by every run; each node gets
 * its own directory, wiped first unless the test is about data surviving a restart.
 */
final class TestNodes {

    static final Path ROOT = Path.of("target", "elasticsearch-test");

    private TestNodes() {
    }

    static ManagedNodeSettings settings(String name, int port, Map<String, String> extraSettings) {
        NodeLayout layout = new NodeLayout(ROOT.resolve("distribution"), ROOT.resolve("nodes").resolve(name));
        return new ManagedNodeSettings(layout, new ClassPathResource("elasticsearch-distribution/elasticsearch.zip"),
                "512m", port, "kotmai-es", Duration.ofMinutes(3), JavaRuntime.current().home(),
                256L * 1024 * 1024, extraSettings);
    }

    static ManagedNodeSettings fresh(String name) {
        ManagedNodeSettings settings = settings(name, ManagedNode.freePort(), Map.of());
        DistributionInstaller.deleteRecursively(settings.layout().node());
        return settings;
    }
}
