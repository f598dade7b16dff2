package org.kotmai.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node whose application was killed keeps running and holds the data directory's lock, so a new node on the
 * same data would fail. Its pid file identifies it; it is stopped only if that PID still is an Elasticsearch
 * process whose command line names this node's directory, since PIDs get reused.
 */
final class StaleNode {

    private static final Logger log = LoggerFactory.getLogger(StaleNode.class);

    private StaleNode() {
    }

    static void stopIfRunning(NodeLayout layout) {
        Optional<Long> pid = ManagedNode.readPid(layout.pidFile());
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> stale = ProcessHandle.of(pid.get())
                .filter(p -> p.info().commandLine().map(c -> c.contains(layout.node() + "/")).orElse(false));
        if (stale.isPresent()) {
            ProcessHandle node = stale.get();
            log.warn("Found Elasticsearch (pid {}) left running by a previous run on {}; stopping it",
                    node.pid(), layout.node());
            node.destroy();
            try {
                node.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                node.destroyForcibly();
                node.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> node).join();
            }
            if (node.isAlive()) {
                throw new ManagedNodeException("A stale Elasticsearch (pid " + node.pid() + ") still runs on "
                        + layout.node() + " and cannot be stopped. Kill it (kill -9 " + node.pid() + ") and retry.");
            }
        }
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException e) {
            throw new ManagedNodeException("Cannot remove stale pid file " + layout.pidFile() + ": "
                    + e.getMessage(), e);
        }
    }
}
