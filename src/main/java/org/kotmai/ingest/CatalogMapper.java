package org.kotmai.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.LawDocument.TocEntry;
import org.kotmai.catalog.LawStatus;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.catalog.ProvisionIds;
import org.kotmai.catalog.ProvisionSearchFields;
import org.kotmai.catalog.SearchFields;
import org.kotmai.statute.Footnote;
import org.kotmai.statute.ParsedLaw;
import org.kotmai.statute.Provision;
import org.kotmai.statute.StructureNode;
import org.kotmai.thai.BuddhistEra;
import org.kotmai.thai.OfficeHolders;
import org.kotmai.thai.RepairedText;
import org.kotmai.thai.ThaiAnalyzer;

/** Turns a parsed law and its source into the documents the catalog stores. */
final class CatalogMapper {

    private CatalogMapper() {
    }

    record Documents(LawDocument law, List<ProvisionDocument> provisions) {
    }

    static Documents map(String lawId, String contentHash, SourceDocument source, String mediaType,
            RepairedText repaired, ParsedLaw parsed, List<String> warnings, ProvisionSearchFields searchFields) {
        SourceMetadata meta = source.metadata();
        InstrumentType type = parsed.type();
        String title = meta.title() != null ? meta.title() : parsed.title();
        String agency = meta.agency() != null ? meta.agency() : parsed.agency();
        List<String> agencies = OfficeHolders.agencies(agency);
        Integer yearBe = parsed.yearBe();
        int repealed = (int) parsed.provisions().stream().filter(Provision::repealed).count();
        LawStatus status = meta.status() != null ? meta.status() : LawStatus.UNKNOWN;

        Map<String, StructureNode> nodes = new HashMap<>();
        for (StructureNode node : parsed.structure()) {
            nodes.put(node.path().get(node.path().size() - 1), node);
        }
        Map<Integer, Footnote> footnotes = new HashMap<>();
        for (Footnote footnote : parsed.footnotes()) {
            footnotes.put(footnote.number(), footnote);
        }

        String titleTokens = searchFields.title(title);
        // Provisions of one chapter share their headings; segmenting them once per law saves a good part of
        // an import's analysis time.
        Map<List<String>, String> headingTokens = new HashMap<>();
        List<ProvisionDocument> provisions = new ArrayList<>(parsed.provisions().size());
        List<TocEntry> toc = new ArrayList<>();
        Set<String> emitted = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        int ordinal = 0;
        for (Provision p : parsed.provisions()) {
            // A few consolidated texts print the same number twice; both are kept, the later one under
            // an id of its own, so that neither text is lost.
            int occurrence = seen.merge(p.number(), 1, Integer::sum);
            String id = ProvisionIds.of(lawId, p.number()) + (occurrence == 1 ? "" : "~" + occurrence);
            if (occurrence == 2) {
                warnings.add(source.fileName() + ": provision number " + p.number() + " appears more than once; "
                        + "the later ones are kept as " + ProvisionIds.of(lawId, p.number()) + "~2 and so on");
            }
            List<String> headings = new ArrayList<>(p.path().size());
            for (String nodeId : p.path()) {
                StructureNode node = nodes.get(nodeId);
                if (node == null) {
                    continue;
                }
                headings.add(node.heading());
                if (emitted.add(nodeId)) {
                    toc.add(new TocEntry(node.kind(), node.number(), node.heading(), node.depth()));
                }
            }
            toc.add(new TocEntry(p.kind(), p.number(), p.label(), headings.size()));
            List<Footnote> history = p.footnotes().stream().map(footnotes::get).filter(f -> f != null).toList();
            ThaiAnalyzer.IndexedText text = searchFields.text(p.text());
            provisions.add(new ProvisionDocument(id, lawId, meta.sourceId(), title,
                    type, status, yearBe, meta.subjectGroups(), agency, agencies, p.kind(), p.number(), p.label(), ordinal++,
                    headings, p.text(), p.paragraphs(), p.repealed(), history, contentHash,
                    new SearchFields(text.tokens(), text.grams(), titleTokens,
                            headingTokens.computeIfAbsent(headings, searchFields::headings),
                            searchFields.boilerplate(p.text()), parsed.provisions().size())));
        }

        List<String> promulgating = parsed.promulgatingAct().stream()
                .map(p -> p.label() + " " + p.text()).toList();
        LawDocument law = new LawDocument(lawId, source.sourceKey(), meta.sourceId(), meta.sourceUrl(),
                source.fileName(), mediaType, contentHash, type, type.ocsCode(), status, title, yearBe,
                yearBe == null ? null : BuddhistEra.toCe(yearBe), meta.subjectGroups(), agency,
                agencies, meta.effectiveDate(), provisions.size(), repealed, toc, parsed.structure(), promulgating,
                parsed.amendingActs(), parsed.footnotes(), parsed.enablingClause(), parsed.countersignature(),
                parsed.reasons(), parsed.courtRulings(), warnings, repaired.report(), repaired.text(), Instant.now());
        return new Documents(law, provisions);
    }
}
