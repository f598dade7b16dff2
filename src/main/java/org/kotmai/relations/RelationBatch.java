package org.kotmai.relations;

import java.util.ArrayList;
import java.util.List;

import org.kotmai.catalog.LawDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.kotmai.catalog.ProvisionDocument;

/**
 * The relations of laws catalogued together. {@link #add} reads a law's relations at once (cheap, in the
 * caller's thread); {@link #close} stores them, resolved against the catalog as it then stands.
 */
public final class RelationBatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RelationBatch.class);

    private final RelationIndexer indexer;
    private final List<String> laws = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    RelationBatch(RelationIndexer indexer) {
        this.indexer = indexer;
    }

    /** Reads the relations a law states; its previous relations are replaced when the batch closes. */
    public void add(LawDocument law, List<ProvisionDocument> provisions) {
        List<Relation> extracted = RelationExtractor.extract(law, provisions);
        synchronized (this) {
            laws.add(law.id());
            relations.addAll(extracted);
        }
    }

    /**
     * Stores the relations. A failure here is logged rather than thrown, because the laws themselves are
     * catalogued and must stay so; the log names what to do.
     */
    @Override
    public synchronized void close() {
        try {
            indexer.commit(List.copyOf(laws), List.copyOf(relations));
        } catch (RuntimeException e) {
            log.warn("Relations of {} laws could not be stored ({}); re-ingest them to read their relations again",
                    laws.size(), e.getMessage(), e);
        }
    }
}
