package org.kotmai.catalog;

import org.kotmai.elasticsearch.IndexManager;
import org.springframework.stereotype.Component;

/** Names (aliases) of the catalog's indices. */
@Component
public class CatalogIndices {

    /** Logical name of the provisions index (its definition {@code provisions.json}). */
    static final String PROVISIONS = "provisions";

    private final IndexManager indexManager;

    CatalogIndices(IndexManager indexManager) {
        this.indexManager = indexManager;
    }

    public String laws() {
        return indexManager.alias("laws");
    }

    public String provisions() {
        return indexManager.alias(PROVISIONS);
    }

    /** Pauses the periodic refresh of the provisions index during an import; see {@link IndexManager#bulkLoad}. */
    IndexManager.BulkLoad bulkLoadProvisions() {
        return indexManager.bulkLoad(PROVISIONS);
    }
}
