package org.kotmai.review.store;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.kotmai.review.workflow.AuditEvent;
import org.kotmai.review.workflow.AuditTrail;
import org.springframework.stereotype.Repository;

/**
 * Audit events in their own index, written with {@code create} only: an event id that exists is never
 * overwritten, which keeps the trail append-only and lets a lost write be repeated safely.
 */
@Repository
class ElasticsearchAuditTrail implements AuditTrail {

    private static final int PAGE = 1000;
    private static final int ALREADY_STORED = 409;

    private final ElasticsearchClient client;
    private final ReviewIndices indices;

    ElasticsearchAuditTrail(ElasticsearchClient client, ReviewIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    @Override
    public void append(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (AuditEvent event : events) {
            bulk.operations(op -> op.create(c -> c.index(indices.audit()).id(event.id()).document(event)));
        }
        BulkResponse response = Io.call("append audit events", () -> client.bulk(bulk.build()));
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != ALREADY_STORED) {
                throw new ReviewStoreException("Could not record audit event " + item.id() + " in "
                        + indices.audit() + ": " + item.error().reason());
            }
        }
    }

    @Override
    public List<AuditEvent> of(String reviewId) {
        List<AuditEvent> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<AuditEvent> page = Io.call("read the audit trail of " + reviewId, () -> client.search(s -> {
                s.index(indices.audit())
                        .query(q -> q.term(t -> t.field("reviewId").value(reviewId)))
                        .sort(o -> o.field(f -> f.field("revision").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("index").order(SortOrder.Asc)))
                        .size(PAGE);
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, AuditEvent.class));
            List<Hit<AuditEvent>> hits = page.hits().hits();
            hits.forEach(hit -> out.add(hit.source()));
            if (hits.size() < PAGE) {
                return out;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
