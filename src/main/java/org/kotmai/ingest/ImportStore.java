package org.kotmai.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.kotmai.elasticsearch.IndexManager;
import org.springframework.stereotype.Repository;

/** Keeps finished imports, with their reports, in the {@code imports} index. */
@Repository
class ImportStore {

    private final ElasticsearchClient client;
    private final IndexManager indices;

    ImportStore(ElasticsearchClient client, IndexManager indices) {
        this.client = client;
        this.indices = indices;
    }

    void save(ImportStatus status) {
        try {
            client.index(i -> i.index(indices.alias("imports")).id(status.id()).document(status)
                    .refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<ImportStatus> find(String id) {
        try {
            var response = client.get(g -> g.index(indices.alias("imports")).id(id), ImportStatus.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
