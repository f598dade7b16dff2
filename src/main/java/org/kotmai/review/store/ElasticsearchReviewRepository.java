package org.kotmai.review.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.CreateResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.elasticsearch.client.ResponseException;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewFilter;
import org.kotmai.review.workflow.ReviewRepository;
import org.kotmai.review.workflow.StoreVersion;
import org.kotmai.review.workflow.StoredReview;
import org.springframework.stereotype.Repository;

/**
 * Reviews in their own index. Replacing uses {@code if_seq_no}/{@code if_primary_term}, so Elasticsearch itself
 * refuses a write based on a stale read. Each write refreshes the shard before it is answered, and the translog
 * is synced before Elasticsearch acknowledges (its default), so an acknowledged write is durable and visible to
 * the next read or search. Waiting for the scheduled refresh instead made every save take about two seconds;
 * review writes are few, so the extra refreshes cost little.
 */
@Repository
class ElasticsearchReviewRepository implements ReviewRepository {

    private static final int CONFLICT = 409;

    private final ElasticsearchClient client;
    private final ReviewIndices indices;

    ElasticsearchReviewRepository(ElasticsearchClient client, ReviewIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    @Override
    public StoreVersion create(Review review) {
        CreateResponse response = Io.call("create review " + review.id(), () -> client.create(c -> c
                .index(indices.reviews()).id(review.id()).document(review).refresh(Refresh.True)));
        return new StoreVersion(response.seqNo(), response.primaryTerm());
    }

    @Override
    public void createAll(List<Review> reviews) {
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (Review review : reviews) {
            bulk.operations(op -> op.create(c -> c.index(indices.reviews()).id(review.id()).document(review)));
        }
        BulkResponse response = Io.call("create " + reviews.size() + " reviews", () -> client.bulk(bulk.build()));
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                throw new ReviewStoreException("Could not create review " + item.id() + " in " + indices.reviews()
                        + ": " + item.error().reason());
            }
        }
    }

    @Override
    public List<Review> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> list = List.copyOf(ids);
        MgetResponse<Review> response = Io.call("read " + list.size() + " reviews", () -> client.mget(m -> m
                .index(indices.reviews()).ids(list), Review.class));
        return response.docs().stream().filter(MultiGetResponseItem::isResult).map(MultiGetResponseItem::result)
                .filter(GetResult::found).map(GetResult::source).toList();
    }

    @Override
    public Optional<StoredReview> find(String id) {
        GetResponse<Review> response = Io.call("read review " + id, () -> client.get(g -> g
                .index(indices.reviews()).id(id), Review.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredReview(response.source(),
                new StoreVersion(response.seqNo(), response.primaryTerm())));
    }

    @Override
    public Optional<StoreVersion> replace(Review review, StoreVersion expected) {
        IndexResponse response;
        try {
            response = client.index(i -> i.index(indices.reviews()).id(review.id()).document(review)
                    .ifSeqNo(expected.seqNo()).ifPrimaryTerm(expected.primaryTerm())
                    .refresh(Refresh.True));
        } catch (ElasticsearchException e) {
            if (e.status() == CONFLICT) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            // the low-level client reports some error statuses as a ResponseException instead
            if (e instanceof ResponseException r && r.getResponse().getStatusLine().getStatusCode() == CONFLICT) {
                return Optional.empty();
            }
            throw new ReviewStoreException("Elasticsearch did not answer while trying to save review " + review.id()
                    + ": " + e.getMessage() + "; check that the node is up (GET /actuator/health)", e);
        }
        return Optional.of(new StoreVersion(response.seqNo(), response.primaryTerm()));
    }

    @Override
    public List<Review> list(ReviewFilter filter, int limit) {
        List<Query> must = new ArrayList<>();
        if (filter.state() != null) {
            must.add(Query.of(q -> q.term(t -> t.field("state").value(filter.state().name()))));
        }
        if (filter.templateId() != null) {
            must.add(Query.of(q -> q.term(t -> t.field("templateId").value(filter.templateId()))));
        }
        if (filter.lawId() != null) {
            must.add(Query.of(q -> q.term(t -> t.field("subject.lawId").value(filter.lawId()))));
        }
        return Io.call("list reviews", () -> client.search(s -> s.index(indices.reviews())
                        .query(q -> q.bool(b -> b.filter(must)))
                        .sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)))
                        .size(limit), Review.class))
                .hits().hits().stream().map(Hit::source).toList();
    }
}
