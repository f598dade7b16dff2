package org.kotmai.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Managed nodes for tests. The distribution is unpacked once into target/ and reused by every run; each node gets
 * its own directory, wiped first unless the test is about data surviving a restart.
 */
final class TestNodes {

    static final Path ROOT = root();

    private TestNodes() {
    }

    /**
     * target/ normally; but a root-run build in a checkout below a directory closed to other users (such as
     * /root) would leave the unprivileged node user unable to reach target/, so such builds use the temp directory.
     */
    private static Path root() {
        Path project = Path.of("").toAbsolutePath();
        if (everyAncestorTraversable(project)) {
            return project.resolve("target").resolve("elasticsearch-test");
        }
        return Path.of(System.getProperty("java.io.tmpdir"),
                "kotmai-elasticsearch-test-" + Integer.toHexString(project.toString().hashCode()));
    }

    private static boolean everyAncestorTraversable(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    static ManagedNodeSettings settings(String name, int port, Map<String, String> extraSettings) {
        NodeLayout layout = new NodeLayout(ROOT.resolve("distribution"), ROOT.resolve("nodes").resolve(name));
        return new ManagedNodeSettings(layout, new ClassPathResource("elasticsearch-distribution/elasticsearch.zip"),
                "512m", port, "kotmai-es", Duration.ofMinutes(10), JavaRuntime.current().home(),
                256L * 1024 * 1024, extraSettings);
    }

    static ManagedNodeSettings fresh(String name) {
        ManagedNodeSettings settings = settings(name, ManagedNode.freePort(), Map.of());
        DistributionInstaller.deleteRecursively(settings.layout().node());
        return settings;
    }
}
