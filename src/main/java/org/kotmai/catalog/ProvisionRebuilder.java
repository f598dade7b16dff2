package org.kotmai.catalog;

import org.kotmai.elasticsearch.DocumentRebuilder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives the provisions a migration copies their search tokens back: they are indexed but not stored, so the old
 * index's {@code _source} lacks them (or holds those of an older analyzer, which the current one replaces).
 */
@Component
class ProvisionRebuilder implements DocumentRebuilder {

    private final ProvisionSearchFields searchFields;

    ProvisionRebuilder(ProvisionSearchFields searchFields) {
        this.searchFields = searchFields;
    }

    @Override
    public String index() {
        return CatalogIndices.PROVISIONS;
    }

    @Override
    public void rebuild(ObjectNode source) {
        searchFields.fillTokens(source);
    }
}
