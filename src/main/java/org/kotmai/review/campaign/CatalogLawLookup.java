package org.kotmai.review.campaign;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawDocument;
import org.kotmai.thai.ThaiDigits;
import org.springframework.stereotype.Component;

/**
 * Laws looked up in the catalog. Titles are catalogued with their digits as printed, usually Thai, while a
 * spreadsheet often has Arabic ones, so a title is tried as given and with either kind of digit.
 */
@Component
class CatalogLawLookup implements LawLookup {

    private final CatalogRepository catalog;

    CatalogLawLookup(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Law> byId(String id) {
        return catalog.findLawWithoutText(id).map(law -> new Law(law.id(), law.title()));
    }

    @Override
    public List<Law> byTitle(String title) {
        Set<String> ids = new LinkedHashSet<>();
        for (String spelling : new LinkedHashSet<>(List.of(title, ThaiDigits.toThai(title),
                ThaiDigits.toArabic(title)))) {
            ids.addAll(catalog.lawIdsTitled(spelling));
        }
        return ids.stream().map(catalog::findLawWithoutText).flatMap(Optional::stream)
                .map((LawDocument law) -> new Law(law.id(), law.title())).toList();
    }

    @Override
    public boolean hasProvision(String lawId, String canonicalNumber) {
        return catalog.findProvision(lawId, canonicalNumber).isPresent();
    }
}
