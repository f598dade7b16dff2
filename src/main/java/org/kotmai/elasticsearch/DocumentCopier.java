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
import co.elastic.clients.json.JsonData;

/**
 * Copies every document of one index into another through the client. The managed distribution has no reindex
 * module, so {@code _reindex} is not available; scrolling and bulk-indexing works on every distribution.
 */
final class DocumentCopier {

    private static final Logger log = LoggerFactory.getLogger(DocumentCopier.class);
    private static final int BATCH = 500;
    private static final String KEEP_ALIVE = "5m";

    private final ElasticsearchClient client;

    DocumentCopier(ElasticsearchClient client) {
        this.client = client;
    }

    /** Returns the number of documents copied; fails on the first document the target rejects. */
    long copy(String source, String target) throws IOException {
        SearchResponse<JsonData> first = client.search(s -> s.index(source).size(BATCH)
                .scroll(t -> t.time(KEEP_ALIVE)).sort(o -> o.doc(d -> d)), JsonData.class);
        String scrollId = first.scrollId();
        List<Hit<JsonData>> hits = first.hits().hits();
        long copied = 0;
        try {
            while (!hits.isEmpty()) {
                copied += index(hits, source, target);
                String id = scrollId;
                ScrollResponse<JsonData> next = client.scroll(s -> s.scrollId(id).scroll(t -> t.time(KEEP_ALIVE)),
                        JsonData.class);
                scrollId = next.scrollId();
                hits = next.hits().hits();
            }
        } finally {
            if (scrollId != null) {
                String id = scrollId;
                client.clearScroll(c -> c.scrollId(id));
            }
        }
        log.info("Copied {} documents from {} to {}", copied, source, target);
        return copied;
    }

    private int index(List<Hit<JsonData>> hits, String source, String target) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Hit<JsonData> hit : hits) {
            bulk.operations(op -> op.index(i -> i.index(target).id(hit.id()).routing(hit.routing())
                    .document(hit.source())));
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
}
