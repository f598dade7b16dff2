package org.kotmai.elasticsearch;

import java.net.URI;
import java.util.Optional;

import org.springframework.context.SmartLifecycle;

/**
 * Starts the managed node with the application and stops it when the application stops. Its phase is low so the
 * node is up before any component that uses Elasticsearch starts, and is stopped after they have stopped. In
 * external mode it does nothing.
 */
final class ManagedNodeLifecycle implements SmartLifecycle {

    /** Components needing Elasticsearch during start must use a higher phase. */
    static final int PHASE = Integer.MIN_VALUE / 2;

    private final Optional<ManagedNodeSettings> settings;
    private volatile ManagedNode node;

    ManagedNodeLifecycle(Optional<ManagedNodeSettings> settings) {
        this.settings = settings;
    }

    @Override
    public void start() {
        settings.ifPresent(s -> node = ManagedNode.start(s));
    }

    @Override
    public void stop() {
        ManagedNode running = node;
        if (running != null) {
            running.close();
            node = null;
        }
    }

    @Override
    public boolean isRunning() {
        return node != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Address of the managed node; known before it starts because its port is chosen up front. */
    URI httpUri() {
        return settings.map(ManagedNodeSettings::httpUri).orElseThrow(
                () -> new IllegalStateException("no managed node in external mode"));
    }

    Optional<ManagedNode> node() {
        return Optional.ofNullable(node);
    }
}
