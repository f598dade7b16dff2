package org.kotmai.catalog;

import java.util.List;

import org.kotmai.statute.Footnote;
import org.kotmai.thai.OfficeHolders;

/**
 * One provision (มาตรา / ข้อ) as stored in the {@code provisions} index. Law-level fields are copied in
 * so that provision search can filter and facet without joins.
 *
 * @param id        {@code <lawId>/<number>}
 * @param agencies  the organisations in charge of the law (see {@link LawDocument#agencies()})
 * @param ordinal   position in the law, for ordering
 * @param path      headings enclosing the provision, outermost first, as printed
 * @param history   the provision's amendment history (its footnotes)
 * @param lawVersion content hash of the law version this provision belongs to; provisions of an older
 *                   version are removed once the new version is written
 * @param search     the provision's text, title and headings as search tokens (see {@link SearchFields})
 */
public record ProvisionDocument(
        String id,
        String lawId,
        String sourceId,
        String lawTitle,
        InstrumentType lawType,
        LawStatus lawStatus,
        Integer yearBe,
        List<String> subjectGroups,
        String agency,
        List<String> agencies,
        String kind,
        String number,
        String label,
        int ordinal,
        List<String> path,
        String text,
        List<String> paragraphs,
        boolean repealed,
        List<Footnote> history,
        String lawVersion,
        SearchFields search) {

    public ProvisionDocument {
        agencies = agencies == null ? OfficeHolders.agencies(agency) : List.copyOf(agencies);
    }

    /** This provision with other search fields. */
    public ProvisionDocument withSearch(SearchFields fields) {
        return new ProvisionDocument(id, lawId, sourceId, lawTitle, lawType, lawStatus, yearBe, subjectGroups, agency,
                agencies, kind, number, label, ordinal, path, text, paragraphs, repealed, history, lawVersion, fields);
    }
}
