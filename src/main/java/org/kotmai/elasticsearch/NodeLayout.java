package org.kotmai.elasticsearch;

import java.nio.file.Path;

/**
 * Where a managed node keeps its files. The unpacked distribution is kept apart from the node's own state so
 * several nodes (tests) can share one unpacked copy, and so an upgrade replaces the binaries without touching data.
 *
 * @param distributions directory holding unpacked distributions, one sub-directory per version
 * @param node          directory holding this node's config, data, logs, temp files and pid file
 */
record NodeLayout(Path distributions, Path node) {

    NodeLayout {
        distributions = distributions.toAbsolutePath().normalize();
        node = node.toAbsolutePath().normalize();
    }

    /** The layout of the application's own node below {@code kotmai.data-dir}. */
    static NodeLayout underDataDir(Path dataDir) {
        Path root = dataDir.resolve("elasticsearch");
        return new NodeLayout(root.resolve("distribution"), root.resolve("node"));
    }

    Path config() {
        return node.resolve("config");
    }

    Path data() {
        return node.resolve("data");
    }

    Path logs() {
        return node.resolve("logs");
    }

    Path tmp() {
        return node.resolve("tmp");
    }

    Path run() {
        return node.resolve("run");
    }

    Path pidFile() {
        return run().resolve("elasticsearch.pid");
    }

    /** Everything the node process prints; the first place to look when it fails to start. */
    Path consoleLog() {
        return logs().resolve("console.log");
    }
}
