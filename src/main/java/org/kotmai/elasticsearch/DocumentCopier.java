package org.kotmai.elasticsearch;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies every document of one index into another through the client. The managed distribution has no reindex
 * module, so {@code _reindex} is not available; scrolling and bulk-indexing works on every distribution. Copying
 * through the application also lets a {@link DocumentRebuilder} put back what the old {@code _source} lacks.
 */
final class DocumentCopier {

    private static final Logger log = LoggerFactory.getLogger(DocumentCopier.class);
    private static final int BATCH = 500;
    private static final String KEEP_ALIVE = "5m";

    private final ElasticsearchClient client;

    DocumentCopier(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Returns the number of documents copied; fails on the first document the target rejects.
     *
     * @param rebuilder completes each document before it is written, or null to copy the sources as they are
     */
    long copy(String source, String target, DocumentRebuilder rebuilder) throws IOException {
        SearchResponse<JsonNode> first = client.search(s -> s.index(source).size(BATCH)
                .scroll(t -> t.time(KEEP_ALIVE)).sort(o -> o.doc(d -> d)), JsonNode.class);
        String scrollId = first.scrollId();
        List<Hit<JsonNode>> hits = first.hits().hits();
        long copied = 0;
        try {
            while (!hits.isEmpty()) {
                copied += index(hits, source, target, rebuilder);
                String id = scrollId;
                ScrollResponse<JsonNode> next = client.scroll(s -> s.scrollId(id).scroll(t -> t.time(KEEP_ALIVE)),
                        JsonNode.class);
                scrollId = next.scrollId();
                hits = next.hits().hits();
            }
        } finally {
            if (scrollId != null) {
                String id = scrollId;
                client.clearScroll(c -> c.scrollId(id));
            }
        }
        if (rebuilder == null) {
            log.info("Copied {} documents from {} to {}", copied, source, target);
        } else {
            log.info("Copied {} documents from {} to {} and rebuilt each of them with {}", copied, source, target,
                    rebuilder.getClass().getName());
        }
        return copied;
    }

    private int index(List<Hit<JsonNode>> hits, String source, String target, DocumentRebuilder rebuilder)
            throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Hit<JsonNode> hit : hits) {
            JsonNode document = hit.source();
            if (rebuilder != null) {
                rebuild(rebuilder, hit, source);
            }
            bulk.operations(op -> op.index(i -> i.index(target).id(hit.id()).routing(hit.routing())
                    .document(document)));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            BulkResponseItem failed = response.items().stream().filter(i -> i.error() != null).findFirst()
                    .orElseThrow();
            throw new IndexSetupException("Index " + target + " rejected document " + failed.id() + " copied from "
                    + source + ": " + failed.error().reason() + ". Make the new"
                    + " mapping accept existing documents, or migrate them explicitly.");
        }
        return hits.size();
    }

    private static void rebuild(DocumentRebuilder rebuilder, Hit<JsonNode> hit, String source) {
        if (!(hit.source() instanceof ObjectNode document)) {
            throw new IndexSetupException("Document " + hit.id() + " of " + source + " has no JSON object as its"
                    + " source, so " + rebuilder.getClass().getName() + " cannot rebuild it. Delete it from "
                    + source + " and restart.");
        }
        try {
            rebuilder.rebuild(document);
        } catch (RuntimeException e) {
            throw new IndexSetupException("Could not rebuild document " + hit.id() + " copied from " + source
                    + " (" + e.getMessage() + "). Fix or delete it in " + source + " and restart.", e);
        }
    }
}
