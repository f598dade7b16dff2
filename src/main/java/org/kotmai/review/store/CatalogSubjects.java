package org.kotmai.review.store;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawDocument;
import org.kotmai.review.workflow.SubjectCatalog;
import org.springframework.stereotype.Component;

/** Review subjects looked up in the law catalog, where uploaded drafts are catalogued like any law. */
@Component
class CatalogSubjects implements SubjectCatalog {

    private final CatalogRepository catalog;

    CatalogSubjects(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    @Override
    public String lawTitle(String lawId) {
        return catalog.findLawWithoutText(lawId).map(LawDocument::title).orElse(null);
    }

    @Override
    public boolean hasProvision(String lawId, String canonicalNumber) {
        return catalog.findProvision(lawId, canonicalNumber).isPresent();
    }
}
