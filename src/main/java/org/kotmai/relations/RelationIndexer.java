package org.kotmai.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.kotmai.elasticsearch.IndexManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the relations in step with the catalog. Ingest opens a {@link RelationBatch}, adds each law it catalogues
 * (the batch stores what it can resolve meanwhile) and closes the batch once the laws are written; closing
 * resolves the batch's citations against the whole catalog, stores what was not yet stored as resolved, drops what
 * earlier versions of the batch's laws stated, drops relations of laws no longer catalogued, and resolves earlier
 * relations that cite a law the batch brought in.
 */
@Service
public class RelationIndexer {

    private static final Logger log = LoggerFactory.getLogger(RelationIndexer.class);

    private final RelationStore store;

    RelationIndexer(RelationStore store) {
        this.store = store;
    }

    /**
     * A batch for laws catalogued together; add to it from any thread, close it after the catalog write. The
     * relations index does not refresh while the batch is open.
     */
    public RelationBatch open() {
        LawTitles catalogued = store.titles();
        IndexManager.BulkLoad bulkLoad = store.bulkLoad();
        return new RelationBatch(this, catalogued, store.openWriter(), bulkLoad);
    }

    /** Forgets what a removed law stated, and marks citations of it as pointing at no catalogued law. */
    public void removed(String lawId) {
        store.deleteFromSources(List.of(lawId));
        rewrite(sourcesCiting(Query.of(q -> q.term(t -> t.field("targetLawId").value(lawId)))),
                r -> lawId.equals(r.targetLawId()) ? r.resolvedTo(null) : r);
        store.refresh();
    }

    /**
     * What a batch read about one law.
     *
     * @param extracted every relation the law states, as extracted
     * @param sent      the chunks sent for it by id, with the targets guessed while the batch was open
     */
    record Read(List<Relation> extracted, Map<String, RelationChunk> sent) {
    }

    /**
     * Resolves the batch's relations against the catalog, sends the chunks not sent yet or sent otherwise (or not
     * stored), and removes what earlier versions of the batch's laws left behind.
     *
     * @param failed ids of sent chunks Elasticsearch did not store
     */
    void commit(Map<String, Read> batch, Set<String> failed) {
        if (batch.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LawTitles titles = store.titles();
        List<RelationChunk> rest = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        long relations = 0;
        long resolved = 0;
        long atClose = 0;
        for (Map.Entry<String, Read> law : batch.entrySet()) {
            List<Relation> last = new ArrayList<>(law.getValue().extracted().size());
            for (Relation r : law.getValue().extracted()) {
                Relation now = r.resolved() ? r : r.resolvedTo(titles.resolve(r.targetKey(), r.targetYearBe()));
                last.add(now);
                resolved += now.resolved() ? 1 : 0;
            }
            relations += last.size();
            for (RelationChunk chunk : RelationChunk.of(law.getKey(), last)) {
                kept.add(chunk.id());
                if (!chunk.equals(law.getValue().sent().get(chunk.id())) || failed.contains(chunk.id())) {
                    rest.add(chunk);
                    atClose += chunk.relations().size();
                }
            }
        }
        store.write(rest);
        store.keepOnly(batch.keySet(), kept);
        dropOrphans(titles);
        resolveEarlier(titles, batch.keySet());
        store.refresh();
        log.info("Relations of {} laws stored: {} ({} resolved, {} sent after the catalog write) in {} ms",
                batch.size(), relations, resolved, atClose, (System.nanoTime() - started) / 1_000_000);
    }

    /** Laws replaced under a new id or removed while relations were not told leave relations behind. */
    private void dropOrphans(LawTitles titles) {
        List<String> gone = store.distinct("sourceLawId", 50_000).stream().filter(id -> !titles.contains(id))
                .toList();
        if (!gone.isEmpty()) {
            store.deleteFromSources(gone);
        }
        Set<String> stale = new HashSet<>();
        for (String target : store.distinct("targetLawId", 50_000)) {
            if (!titles.contains(target)) {
                stale.add(target);
            }
        }
        if (!stale.isEmpty()) {
            rewrite(sourcesCiting(Query.of(q -> q.terms(t -> t.field("targetLawId").terms(v -> v.value(
                    stale.stream().map(FieldValue::of).toList()))))),
                    r -> stale.contains(r.targetLawId()) ? r.resolvedTo(null) : r);
        }
    }

    /** Citations read before the batch's laws were catalogued may name one of them. */
    private void resolveEarlier(LawTitles titles, Set<String> batch) {
        Map<String, String> now = new HashMap<>();
        Set<String> sources = new HashSet<>();
        store.each(Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("resolved").value(false)))
                        .mustNot(m -> m.terms(t -> t.field("sourceLawId").terms(v -> v.value(
                                batch.stream().map(FieldValue::of).toList())))))),
                chunk -> chunk.expanded().forEach(r -> {
                    String id = titles.resolve(r.targetKey(), r.targetYearBe());
                    if (id != null && batch.contains(id)) {
                        now.put(r.id(), id);
                        sources.add(r.sourceLawId());
                    }
                }));
        rewrite(sources, r -> now.containsKey(r.id()) ? r.resolvedTo(now.get(r.id())) : r);
    }

    private Set<String> sourcesCiting(Query chunks) {
        Set<String> sources = new HashSet<>();
        store.each(chunks, c -> sources.add(c.sourceLawId()));
        return sources;
    }

    /** Changes relations of these laws: a relation whose target changes moves to another of its law's chunks. */
    private void rewrite(Set<String> sources, UnaryOperator<Relation> change) {
        if (sources.isEmpty()) {
            return;
        }
        List<RelationChunk> chunks = new ArrayList<>();
        store.statedBy(sources).forEach((law, relations) ->
                chunks.addAll(RelationChunk.of(law, relations.stream().map(change).toList())));
        store.write(chunks);
        store.keepOnly(sources, chunks.stream().map(RelationChunk::id).collect(Collectors.toSet()));
    }
}
