package org.kotmai.opendata;

import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Akoma Ntoso documents of catalogued laws. */
@Service
public class AknService {

    private final CatalogRepository catalog;
    private final CatalogReader reader;
    /** Titles of the whole catalog, read again only when the catalog has changed: reading them is the slow part. */
    private final AtomicReference<Titles> titles = new AtomicReference<>(new Titles("", null));

    private record Titles(String version, LawTitles titles) {
    }

    AknService(CatalogRepository catalog, CatalogReader reader) {
        this.catalog = catalog;
        this.reader = reader;
    }

    /**
     * Writes the law's Akoma Ntoso 3.0 XML (UTF-8 declared; the writer must encode UTF-8).
     *
     * @throws NotFoundException when no law has this id
     */
    public void write(String lawId, Writer out) {
        LawDocument law = catalog.findLawWithoutText(lawId).orElseThrow(() -> new NotFoundException(
                "No law with id '" + lawId + "'. Find ids with GET /api/laws."));
        write(law, reader.provisionsOf(lawId), out);
    }

    /**
     * Writes the Akoma Ntoso of a law already read, e.g. from an export, without reading it again.
     *
     * @param provisions the law's provisions in document order
     */
    public void write(LawDocument law, List<ProvisionDocument> provisions, Writer out) {
        AknWriter.write(law, provisions, currentTitles(), out);
    }

    private LawTitles currentTitles() {
        String version = reader.lawsVersion();
        Titles known = titles.get();
        if (known.version().equals(version)) {
            return known.titles();
        }
        LawTitles fresh = new LawTitles(reader.lawIdentities());
        titles.set(new Titles(version, fresh));
        return fresh;
    }
}
