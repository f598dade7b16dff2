package org.kotmai.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawIds;

/**
 * Hands out law ids for one ingest run. Two different sources whose laws derive the same id (the same
 * title catalogued twice from different files) must not overwrite each other: the later one gets its
 * source id appended. Claims made within the run are remembered so that two threads cannot both take
 * an id that is not yet in the index.
 */
final class LawIdAllocator {

    private final CatalogRepository catalog;
    private final ConcurrentMap<String, String> claims = new ConcurrentHashMap<>();

    LawIdAllocator(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    String allocate(InstrumentType type, Integer yearBe, String title, SourceDocument source) {
        String id = LawIds.of(type, yearBe, title);
        if (claim(id, source.sourceKey())) {
            return id;
        }
        String qualifier = source.metadata().sourceId() != null ? source.metadata().sourceId()
                : Integer.toHexString(source.sourceKey().hashCode());
        String qualified = id + "-" + qualifier;
        claims.put(qualified, source.sourceKey());
        return qualified;
    }

    private boolean claim(String id, String sourceKey) {
        String owner = catalog.sourceKeyOf(id).orElse(sourceKey);
        if (!owner.equals(sourceKey)) {
            return false;
        }
        String claimedBy = claims.putIfAbsent(id, sourceKey);
        return claimedBy == null || claimedBy.equals(sourceKey);
    }
}
