package org.kotmai.elasticsearch;

import org.springframework.context.SmartLifecycle;

/** Ensures all indices right after the node is up, before components of the default phase start. */
final class IndexManagerLifecycle implements SmartLifecycle {

    private final IndexManager indexManager;
    private volatile boolean running;

    IndexManagerLifecycle(IndexManager indexManager) {
        this.indexManager = indexManager;
    }

    @Override
    public void start() {
        indexManager.ensureIndices();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return IndexManager.PHASE;
    }
}
