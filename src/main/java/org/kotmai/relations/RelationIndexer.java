package org.kotmai.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the relations in step with the catalog. Ingest opens a {@link RelationBatch}, adds each law it catalogues
 * and closes the batch once the laws are written; closing resolves the batch's citations against the whole
 * catalog, replaces the batch laws' outgoing relations, drops relations of laws no longer catalogued, and
 * resolves earlier relations that cite a law the batch brought in.
 */
@Service
public class RelationIndexer {

    private static final Logger log = LoggerFactory.getLogger(RelationIndexer.class);

    private final RelationStore store;

    RelationIndexer(RelationStore store) {
        this.store = store;
    }

    /** A batch for laws catalogued together; add to it from any thread, close it after the catalog write. */
    public RelationBatch open() {
        return new RelationBatch(this);
    }

    /** Forgets what a removed law stated, and marks citations of it as pointing at no catalogued law. */
    public void removed(String lawId) {
        store.deleteFromSources(List.of(lawId));
        List<Relation> incoming = new ArrayList<>();
        store.each(Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("targetLawId").value(lawId)))
                        .mustNot(m -> m.term(t -> t.field("sourceLawId").value(lawId))))),
                r -> incoming.add(r.resolvedTo(null)));
        store.write(incoming);
        store.refresh();
    }

    void commit(List<String> laws, List<Relation> relations) {
        if (laws.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LawTitles titles = store.titles();
        store.deleteFromSources(laws);
        List<Relation> resolved = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            resolved.add(r.resolved() ? r : r.resolvedTo(titles.resolve(r.targetKey(), r.targetYearBe())));
        }
        store.write(resolved);
        store.refresh();
        dropOrphans(titles);
        resolveEarlier(titles, laws);
        store.refresh();
        log.info("Relations of {} laws stored: {} ({} resolved) in {} ms", laws.size(), resolved.size(),
                resolved.stream().filter(Relation::resolved).count(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Laws replaced under a new id or removed while relations were not told leave relations behind. */
    private void dropOrphans(LawTitles titles) {
        List<String> gone = store.distinct("sourceLawId", 50_000).stream().filter(id -> !titles.contains(id))
                .toList();
        if (!gone.isEmpty()) {
            store.deleteFromSources(gone);
        }
        for (String target : store.distinct("targetLawId", 50_000)) {
            if (!titles.contains(target)) {
                List<Relation> stale = new ArrayList<>();
                store.each(Query.of(q -> q.term(t -> t.field("targetLawId").value(target))),
                        r -> stale.add(r.resolvedTo(null)));
                store.write(stale);
            }
        }
    }

    /** Citations read before the batch's laws were catalogued may name one of them. */
    private void resolveEarlier(LawTitles titles, List<String> batch) {
        Set<String> inBatch = Set.copyOf(batch);
        List<Relation> now = new ArrayList<>();
        store.each(Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("resolved").value(false)))
                        .mustNot(m -> m.terms(t -> t.field("sourceLawId").terms(v -> v.value(
                                batch.stream().map(FieldValue::of).toList())))))),
                r -> {
                    String id = titles.resolve(r.targetKey(), r.targetYearBe());
                    if (id != null && inBatch.contains(id)) {
                        now.add(r.resolvedTo(id));
                    }
                });
        store.write(now);
    }
}
