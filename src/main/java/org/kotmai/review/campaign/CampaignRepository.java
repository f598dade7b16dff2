package org.kotmai.review.campaign;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.elasticsearch.client.ResponseException;
import org.kotmai.elasticsearch.IndexManager;
import org.kotmai.review.store.Io;
import org.springframework.stereotype.Repository;

/**
 * Campaigns in their own index, items inside the campaign document so that an inventory change is one atomic
 * write. Writes refresh before they are answered, so the next read or list sees them; a replace is conditional
 * on the sequence number read, so two committee members cannot overwrite each other's change.
 */
@Repository
class CampaignRepository {

    private static final int CONFLICT = 409;

    private final ElasticsearchClient client;
    private final IndexManager indices;

    CampaignRepository(ElasticsearchClient client, IndexManager indices) {
        this.client = client;
        this.indices = indices;
    }

    void create(Campaign campaign) {
        Io.call("create campaign " + campaign.id(), () -> client.create(c -> c.index(index()).id(campaign.id())
                .document(campaign).refresh(Refresh.True)));
    }

    Optional<StoredCampaign> find(String id) {
        GetResponse<Campaign> response = Io.call("read campaign " + id, () -> client.get(g -> g.index(index()).id(id),
                Campaign.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredCampaign(response.source(), response.seqNo(), response.primaryTerm()));
    }

    /** @return false when someone else wrote the campaign since it was read */
    boolean replace(StoredCampaign read, Campaign next) {
        try {
            client.index(i -> i.index(index()).id(next.id()).document(next).ifSeqNo(read.seqNo())
                    .ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.True));
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == CONFLICT) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            if (e instanceof ResponseException r && r.getResponse().getStatusLine().getStatusCode() == CONFLICT) {
                return false;
            }
            throw Io.unavailable("save campaign " + next.id(), e);
        }
    }

    /** Campaigns, most recently changed first. */
    List<Campaign> list(int limit) {
        return Io.call("list campaigns", () -> client.search(s -> s.index(index())
                        .sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)))
                        .size(limit), Campaign.class))
                .hits().hits().stream().map(Hit::source).toList();
    }

    private String index() {
        return indices.alias("campaigns");
    }
}
