package org.kotmai.opendata;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawDocument;
import org.springframework.stereotype.Component;

/** Finds the law an ELI names, and the ELI of a law. */
@Component
class EliResolver {

    private final CatalogRepository catalog;

    EliResolver(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    /** The ELI of a law, e.g. {@code /eli/th/act/2537/ลิขสิทธิ์}, if the law exists. */
    Optional<Eli> eliOf(String lawId) {
        return catalog.findLawWithoutText(lawId).map(EliResolver::eli);
    }

    /**
     * The id of the law an ELI names. The id is normally the ELI's parts joined ({@code act-2537-ลิขสิทธิ์}); a law
     * whose id does not start with its type and year has its whole id as slug.
     */
    Optional<String> lawId(InstrumentType type, String year, String slug) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(type.slug() + "-" + (Eli.UNDATED.equals(year) ? "" : year + "-") + slug);
        candidates.add(slug);
        for (String candidate : candidates) {
            Optional<LawDocument> law = catalog.findLawWithoutText(candidate);
            if (law.isPresent()) {
                Eli eli = eli(law.get());
                if (eli.type().equals(type.slug()) && eli.year().equals(year) && eli.slug().equals(slug)) {
                    return Optional.of(law.get().id());
                }
            }
        }
        return Optional.empty();
    }

    static Eli eli(LawDocument law) {
        return Eli.of(law.id(), law.type() == null ? InstrumentType.OTHER : law.type(), law.yearBe());
    }
}
