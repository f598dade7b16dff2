package org.kotmai.review.store;

import org.kotmai.elasticsearch.IndexManager;
import org.springframework.stereotype.Component;

/** Aliases of the three review indices; each kind of record has its own so they can evolve apart. */
@Component
class ReviewIndices {

    private final IndexManager indexManager;

    ReviewIndices(IndexManager indexManager) {
        this.indexManager = indexManager;
    }

    String reviews() {
        return indexManager.alias("reviews");
    }

    String audit() {
        return indexManager.alias("review-audit");
    }

    String comments() {
        return indexManager.alias("review-comments");
    }
}
