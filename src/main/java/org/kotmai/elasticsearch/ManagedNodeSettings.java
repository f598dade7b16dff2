package org.kotmai.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * Everything needed to run one managed node, independent of Spring configuration so tests can build nodes directly.
 *
 * @param layout         where the node's files live
 * @param distribution   the integ-test zip of Elasticsearch (put on the classpath by the build)
 * @param heap           JVM heap, e.g. {@code 1g}; used for both -Xms and -Xmx
 * @param port           loopback HTTP port, never 0 here (a free port is chosen before this record is built)
 * @param user           system user the node runs as when the application runs as root
 * @param startTimeout   how long to wait for the cluster to become ready
 * @param javaHome       JDK the node runs on (the distribution has none of its own)
 * @param minFreeDisk    free bytes that must remain on the data volume after unpacking
 * @param extraSettings  additional elasticsearch.yml settings, applied last
 */
record ManagedNodeSettings(NodeLayout layout, Resource distribution, String heap, int port, String user,
                           Duration startTimeout, Path javaHome, long minFreeDisk,
                           Map<String, String> extraSettings) {

    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]");

    ManagedNodeSettings {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(javaHome, "javaHome");
        if (heap == null || !HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException("kotmai.elasticsearch.managed.heap must look like 512m or 1g, got '"
                    + heap + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("managed node port must be 1-65535, got " + port);
        }
        extraSettings = Map.copyOf(extraSettings == null ? Map.of() : extraSettings);
    }

    URI httpUri() {
        return URI.create("http://127.0.0.1:" + port);
    }
}
