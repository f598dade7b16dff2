package org.kotmai.review.store;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.kotmai.review.workflow.Comment;
import org.kotmai.review.workflow.CommentRepository;
import org.springframework.stereotype.Repository;

/** Comments in their own index; each is created once and never changed. */
@Repository
class ElasticsearchCommentRepository implements CommentRepository {

    private static final int MAX_COMMENTS = 10_000;

    private final ElasticsearchClient client;
    private final ReviewIndices indices;

    ElasticsearchCommentRepository(ElasticsearchClient client, ReviewIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    @Override
    public void add(Comment comment) {
        Io.call("add a comment to review " + comment.reviewId(), () -> client.create(c -> c
                .index(indices.comments()).id(comment.id()).document(comment).refresh(Refresh.True)));
    }

    @Override
    public List<Comment> of(String reviewId) {
        return Io.call("read the comments of review " + reviewId, () -> client.search(s -> s
                        .index(indices.comments())
                        .query(q -> q.term(t -> t.field("reviewId").value(reviewId)))
                        .sort(o -> o.field(f -> f.field("at").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("id")))
                        .size(MAX_COMMENTS), Comment.class))
                .hits().hits().stream().map(Hit::source).toList();
    }
}
