package org.kotmai.review.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.kotmai.elasticsearch.IndexManager;
import org.kotmai.review.store.Io;
import org.springframework.stereotype.Repository;

/**
 * Consultations and their public comments, each in its own index, apart from the reviewers' comments: public
 * comments go through moderation and must never mix with what signed-in reviewers wrote.
 */
@Repository
class ConsultationStore {

    private static final int MAX_LISTED = 10_000;

    private final ElasticsearchClient client;
    private final IndexManager indices;

    ConsultationStore(ElasticsearchClient client, IndexManager indices) {
        this.client = client;
        this.indices = indices;
    }

    void save(Consultation consultation) {
        Io.call("save the consultation on review " + consultation.reviewId(), () -> client.index(i -> i
                .index(consultations()).id(consultation.reviewId()).document(consultation).refresh(Refresh.True)));
    }

    Optional<Consultation> find(String reviewId) {
        GetResponse<Consultation> found = Io.call("read the consultation on review " + reviewId,
                () -> client.get(g -> g.index(consultations()).id(reviewId), Consultation.class));
        return Optional.ofNullable(found.found() ? found.source() : null);
    }

    /** Consultations taking comments at this instant, closing soonest first. */
    List<Consultation> openAt(Instant now) {
        return Io.call("list the open consultations", () -> client.search(s -> s.index(consultations())
                .query(q -> q.bool(b -> b
                        .filter(f -> f.range(r -> r.untyped(u -> u.field("start").lte(JsonData.of(now.toString())))))
                        .filter(f -> f.range(r -> r.untyped(u -> u.field("end").gt(JsonData.of(now.toString())))))))
                .sort(o -> o.field(f -> f.field("end").order(SortOrder.Asc)))
                .size(MAX_LISTED), Consultation.class))
                .hits().hits().stream().map(Hit::source).toList();
    }

    void add(PublicComment comment) {
        Io.call("store a public comment on review " + comment.reviewId(), () -> client.create(c -> c
                .index(comments()).id(comment.id()).document(comment).refresh(Refresh.True)));
    }

    void update(PublicComment comment) {
        Io.call("record the moderation of comment " + comment.id(), () -> client.index(i -> i
                .index(comments()).id(comment.id()).document(comment).refresh(Refresh.True)));
    }

    Optional<PublicComment> comment(String commentId) {
        GetResponse<PublicComment> found = Io.call("read public comment " + commentId,
                () -> client.get(g -> g.index(comments()).id(commentId), PublicComment.class));
        return Optional.ofNullable(found.found() ? found.source() : null);
    }

    /** The comments on a review, oldest first; only those with the given status unless it is null. */
    List<PublicComment> comments(String reviewId, PublicComment.Status status) {
        return Io.call("read the public comments on review " + reviewId, () -> client.search(s -> s
                .index(comments())
                .query(q -> q.bool(b -> {
                    b.filter(f -> f.term(t -> t.field("reviewId").value(reviewId)));
                    if (status != null) {
                        b.filter(f -> f.term(t -> t.field("status").value(status.name())));
                    }
                    return b;
                }))
                .sort(o -> o.field(f -> f.field("at").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("id")))
                .size(MAX_LISTED), PublicComment.class))
                .hits().hits().stream().map(Hit::source).toList();
    }

    private String consultations() {
        return indices.alias("consultations");
    }

    private String comments() {
        return indices.alias("consultation-comments");
    }
}
