package org.kotmai.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.LawFilter;
import org.kotmai.catalog.LawStatus;
import org.kotmai.elasticsearch.IndexManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the relations of every catalogued law again when the relations index is empty but the catalog is not. The
 * relations are derived from the laws, so a new version of their mapping starts empty (see {@link IndexManager});
 * without this an upgrade would show no links between laws until the next import, and a deleted relations index
 * would stay empty. It runs while the application starts, after the indices are set up and before the web server
 * and the laws folder watcher: no request sees the links half rebuilt, and no ingest writes relations meanwhile.
 */
@Component
final class RelationRebuild implements SmartLifecycle {

    /** Right after {@link IndexManager}'s, far before the web server's. */
    static final int PHASE = IndexManager.PHASE + 10;

    private static final Logger log = LoggerFactory.getLogger(RelationRebuild.class);
    /** What {@link RelationExtractor} and {@link RelationBatch} read of a law: not its text or structure. */
    private static final List<String> LAW_FIELDS = List.of("id", "title", "contentHash", "yearBe", "effectiveDate",
            "footnotes", "enablingClause", "amendingActs");
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final CatalogRepository catalog;
    private final RelationIndexer indexer;
    private final RelationStore store;
    private volatile boolean running;

    RelationRebuild(CatalogRepository catalog, RelationIndexer indexer, RelationStore store) {
        this.catalog = catalog;
        this.indexer = indexer;
        this.store = store;
    }

    @Override
    public void start() {
        try {
            if (store.isEmpty() && catalog.countLaws() > 0) {
                rebuild();
            }
        } catch (RuntimeException e) {
            // The catalog itself is intact and searchable; only the links are missing, and an import restores them.
            log.warn("The relations between laws could not be read again ({}); they stay empty until the laws are "
                    + "imported again", e.getMessage(), e);
        }
        running = true;
    }

    /** Reads every catalogued law's relations and stores them; returns the number of laws read. */
    int rebuild() {
        List<LawDocument> laws = new ArrayList<>(catalog.scanLaws(LawFilter.none(), LAW_FIELDS));
        // The filter without a status leaves drafts out, but an ingest stores their relations like any other law's.
        laws.addAll(catalog.scanLaws(new LawFilter(null, LawStatus.DRAFT, null, null, null, null, null), LAW_FIELDS));
        log.info("The relations index is empty while {} laws are catalogued: reading their relations again",
                laws.size());
        long started = System.nanoTime();
        long reported = started;
        try (RelationBatch batch = indexer.open()) {
            for (int i = 0; i < laws.size(); i++) {
                LawDocument law = laws.get(i);
                batch.add(law, catalog.provisionsOf(law.id()));
                long now = System.nanoTime();
                if (now - reported > PROGRESS_NANOS) {
                    reported = now;
                    double perLaw = (now - started) / 1e9 / (i + 1);
                    log.info("Relations rebuild: {}/{} laws read, ETA {} s", i + 1, laws.size(),
                            Math.round(perLaw * (laws.size() - i - 1)));
                }
            }
        }
        log.info("Relations of {} laws read again in {} ms", laws.size(), (System.nanoTime() - started) / 1_000_000);
        return laws.size();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
