package org.kotmai.web.page.publicsite;

import java.util.List;

import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.statute.Footnote;
import org.kotmai.thai.CitationText;

/**
 * A provision as the reader shows it.
 *
 * @param anchor   the fragment id, {@code sec-} and the number with slashes and spaces turned into hyphens
 * @param citation what the copy button copies, e.g. "มาตรา ๕ แห่งพระราชบัญญัติ…"
 */
record ReaderProvision(String anchor, String number, String label, List<String> path, List<String> paragraphs,
        boolean repealed, List<Footnote> history, String citation) {

    static ReaderProvision of(ProvisionDocument p) {
        List<String> paragraphs = p.paragraphs() == null || p.paragraphs().isEmpty()
                ? List.of(p.text() == null ? "" : p.text()) : p.paragraphs();
        return new ReaderProvision(anchor(p.number()), p.number(), p.label(),
                p.path() == null ? List.of() : p.path(), paragraphs, p.repealed(),
                p.history() == null ? List.of() : p.history(), CitationText.of(p.label(), p.lawTitle()));
    }

    static String anchor(String number) {
        return "sec-" + number.strip().replace('/', '-').replace(' ', '-');
    }
}
