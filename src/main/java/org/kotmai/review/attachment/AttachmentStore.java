package org.kotmai.review.attachment;

import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.kotmai.elasticsearch.IndexManager;
import org.kotmai.review.store.Io;
import org.springframework.stereotype.Repository;

/**
 * Attachments in their own index, bytes included; the bytes are neither indexed nor kept in doc values, so
 * they cost only stored-source space. Writes refresh, so the next read sees them.
 */
@Repository
class AttachmentStore {

    private static final int LIST_LIMIT = 1000;

    private final ElasticsearchClient client;
    private final IndexManager indices;

    AttachmentStore(ElasticsearchClient client, IndexManager indices) {
        this.client = client;
        this.indices = indices;
    }

    void save(AttachmentDocument document) {
        Io.call("store attachment " + document.id(), () -> client.create(c -> c.index(index()).id(document.id())
                .document(document).refresh(Refresh.True)));
    }

    /** Metadata and bytes. */
    Optional<AttachmentDocument> find(String id) {
        GetResponse<AttachmentDocument> response = Io.call("read attachment " + id,
                () -> client.get(g -> g.index(index()).id(id), AttachmentDocument.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /** The review an attachment belongs to, read without its bytes. */
    Optional<String> reviewOf(String id) {
        GetResponse<Owner> response = Io.call("read attachment " + id,
                () -> client.get(g -> g.index(index()).id(id).sourceIncludes("reviewId"), Owner.class));
        return response.found() && response.source() != null
                ? Optional.ofNullable(response.source().reviewId()) : Optional.empty();
    }

    /** Metadata of the review's attachments, oldest first; the bytes stay in the index. */
    List<Attachment> of(String reviewId) {
        return Io.call("list the attachments of review " + reviewId, () -> client.search(s -> s.index(index())
                .query(q -> q.term(t -> t.field("reviewId").value(reviewId)))
                .source(src -> src.filter(f -> f.excludes("content")))
                .sort(o -> o.field(f -> f.field("at").order(SortOrder.Asc)))
                .size(LIST_LIMIT), AttachmentDocument.class))
                .hits().hits().stream().map(Hit::source).map(AttachmentDocument::metadata).toList();
    }

    void delete(String id) {
        Io.call("delete attachment " + id, () -> client.delete(d -> d.index(index()).id(id).refresh(Refresh.True)));
    }

    private record Owner(String reviewId) {
    }

    private String index() {
        return indices.alias("review-attachments");
    }
}
