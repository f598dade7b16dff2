package org.kotmai.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kotmai.statute.AmendingAct;
import org.kotmai.statute.EnablingClause;
import org.kotmai.statute.Footnote;
import org.kotmai.statute.StructureNode;
import org.kotmai.thai.OfficeHolders;
import org.kotmai.thai.RepairReport;

/**
 * One catalogued instrument as stored in the {@code laws} index.
 *
 * @param id              stable readable id derived from type, BE year and title
 * @param sourceKey       where the document came from ({@code krisdika:301692}, {@code folder:act.pdf},
 *                        {@code upload:act.pdf}); re-ingesting the same source replaces this record
 * @param sourceId        the source's own identifier (the Krisdika sysid), or null
 * @param contentHash     SHA-256 of the source bytes and the parser version: unchanged input is skipped
 * @param agency          who is in charge of the instrument, as the text names them (the minister(s) of its
 *                        รักษาการ clause, or what a sidecar or upload says)
 * @param agencies        the organisations in charge, for filters and facets (see {@link OfficeHolders#agencies});
 *                        derived from {@code agency} when absent, as in exports written before the field existed
 * @param toc             structure headings and the provisions under them, in document order
 */
public record LawDocument(
        String id,
        String sourceKey,
        String sourceId,
        String sourceUrl,
        String fileName,
        String mediaType,
        String contentHash,
        InstrumentType type,
        String ocsCode,
        LawStatus status,
        String title,
        Integer yearBe,
        Integer yearCe,
        List<String> subjectGroups,
        String agency,
        List<String> agencies,
        LocalDate effectiveDate,
        int provisionCount,
        int repealedProvisionCount,
        List<TocEntry> toc,
        List<StructureNode> structure,
        List<String> promulgatingAct,
        List<AmendingAct> amendingActs,
        List<Footnote> footnotes,
        EnablingClause enablingClause,
        String countersignature,
        String reasons,
        List<String> courtRulings,
        List<String> warnings,
        RepairReport repairs,
        String text,
        Instant ingestedAt) {

    public LawDocument {
        agencies = agencies == null ? OfficeHolders.agencies(agency) : List.copyOf(agencies);
    }

    /**
     * A line of the table of contents: a heading, or a provision.
     *
     * @param kind   heading kind (BOOK, CHAPTER …) or SECTION / CLAUSE
     * @param number canonical number
     * @param label  as printed
     * @param depth  nesting depth for display
     */
    public record TocEntry(String kind, String number, String label, int depth) {
    }
}
