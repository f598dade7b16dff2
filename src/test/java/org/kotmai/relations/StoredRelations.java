package org.kotmai.relations;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** Every relation document a store holds, in id order, for comparing two states of the index. */
final class StoredRelations {

    private StoredRelations() {
    }

    static List<RelationChunk> all(RelationStore store) {
        store.refresh();
        List<RelationChunk> out = new ArrayList<>();
        store.each(Query.of(q -> q.matchAll(m -> m)), out::add);
        return out;
    }
}
