package org.kotmai.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.elasticsearch.IndexManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relations of laws catalogued together. {@link #add} reads a law's relations and sends those it can resolve
 * at once, as far as the laws catalogued when the batch opened and the batch's laws added so far allow, so that
 * storing them overlaps the catalog write; {@link #close} resolves every relation against the catalog as it then
 * stands and sends the rest, and again only the chunks of relations the early guess resolved differently.
 */
public final class RelationBatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RelationBatch.class);

    private final RelationIndexer indexer;
    private final LawTitles catalogued;
    private final RelationStore.Writer writer;
    private final IndexManager.BulkLoad bulkLoad;
    /** Title key and year of each law added so far, as {@link LawTitles#citedAs} spells them. */
    private final Map<String, String> added = new ConcurrentHashMap<>();
    /** Each law's relations as extracted, and the chunks sent for it with the targets guessed then. */
    private final Map<String, RelationIndexer.Read> read = new LinkedHashMap<>();

    RelationBatch(RelationIndexer indexer, LawTitles catalogued, RelationStore.Writer writer,
            IndexManager.BulkLoad bulkLoad) {
        this.indexer = indexer;
        this.catalogued = catalogued;
        this.writer = writer;
        this.bulkLoad = bulkLoad;
    }

    /** Reads the relations a law states; its previous relations are replaced when the batch closes. */
    public void add(LawDocument law, List<ProvisionDocument> provisions) {
        List<Relation> extracted = RelationExtractor.extract(law, provisions);
        String cited = LawTitles.citedAs(law.title());
        if (cited != null) {
            added.putIfAbsent(cited, law.id());
        }
        List<Relation> guessed = new ArrayList<>(extracted.size());
        for (Relation r : extracted) {
            guessed.add(r.resolved() ? r : r.resolvedTo(guessTarget(r)));
        }
        // Citations of laws not catalogued yet wait for the close: most of them name a law later in the batch.
        Map<String, RelationChunk> sent = new HashMap<>();
        for (RelationChunk chunk : RelationChunk.of(law.id(), guessed)) {
            if (chunk.resolved()) {
                sent.put(chunk.id(), chunk);
                writer.add(chunk);
            }
        }
        synchronized (this) {
            read.put(law.id(), new RelationIndexer.Read(extracted, sent));
        }
    }

    private String guessTarget(Relation r) {
        if (r.targetYearBe() != null && r.targetKey() != null) {
            String inBatch = added.get(LawTitles.citedAs(r.targetKey(), r.targetYearBe()));
            if (inBatch != null) {
                return inBatch;
            }
        }
        return catalogued.resolve(r.targetKey(), r.targetYearBe());
    }

    /**
     * Stores the rest of the relations. A failure here is logged rather than thrown, because the laws themselves
     * are catalogued and must stay so; the log names what to do.
     */
    @Override
    public synchronized void close() {
        try {
            Set<String> failed = writer.finish();
            indexer.commit(read, failed);
        } catch (RuntimeException e) {
            log.warn("Relations of {} laws could not be stored ({}); re-ingest them to read their relations again",
                    read.size(), e.getMessage(), e);
        } finally {
            try {
                bulkLoad.close();
            } catch (RuntimeException e) {
                log.warn("Relations index: {}", e.getMessage(), e);
            }
        }
    }
}
