package org.kotmai.elasticsearch;

/** Whether Kotmai runs its own node or connects to a cluster someone else runs. */
public enum ElasticsearchMode {
    /** A local node started and stopped with the application, for development and single-machine use. */
    MANAGED,
    /** An existing cluster given by {@code kotmai.elasticsearch.uris}; nothing is provisioned. */
    EXTERNAL
}
