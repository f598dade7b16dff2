package org.kotmai.opendata;

import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.LawDocument.TocEntry;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.statute.Footnote;

/**
 * Writes one law as an Akoma Ntoso 3.0 document. Every instrument type is an {@code <act>} whose {@code name} and
 * {@code FRBRsubtype} give the type: subordinate instruments are numbered and nested like acts, which the
 * {@code <doc>} body model does not express. Headings nest as the catalog's table of contents orders them; the
 * amendment history of a provision is an {@code <authorialNote>} in its {@code <num>}; every footnote of the law is
 * also a {@code <note>} in the metadata. Work and expression URIs use the same type, BE year and slug as the ELI.
 */
final class AknWriter {

    static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final Set<String> usedEids = new HashSet<>();

    private AknWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /**
     * @param provisions the law's provisions in document order
     */
    static void write(LawDocument law, List<ProvisionDocument> provisions, LawTitles titles, Writer out) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            new AknWriter(xml).document(law, provisions, titles);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Akoma Ntoso document of " + law.id() + ": "
                    + e.getMessage(), e);
        }
    }

    private void document(LawDocument law, List<ProvisionDocument> provisions, LawTitles titles)
            throws XMLStreamException {
        InstrumentType type = law.type() == null ? InstrumentType.OTHER : law.type();
        Eli eli = Eli.of(law.id(), type, law.yearBe());
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "akomaNtoso");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "act");
        xml.writeAttribute("name", type.slug());
        meta(law, type, eli);
        preface(law);
        body(law, provisions, titles);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void meta(LawDocument law, InstrumentType type, Eli eli) throws XMLStreamException {
        String work = "/akn/th/" + eli.type() + "/" + eli.year() + "/" + Eli.encode(eli.slug());
        String expression = work + "/tha@";
        LocalDate workDate = law.effectiveDate() != null ? law.effectiveDate()
                : law.yearCe() != null ? LocalDate.of(law.yearCe(), 1, 1) : null;
        String workDateName = law.effectiveDate() != null ? "effective" : "year";
        LocalDate catalogued = law.ingestedAt() == null ? LocalDate.now(ZoneOffset.UTC)
                : LocalDate.ofInstant(law.ingestedAt(), ZoneOffset.UTC);
        if (workDate == null) {
            workDate = catalogued;
            workDateName = "catalogued";
        }
        start("meta");
        start("identification");
        xml.writeAttribute("source", "#kotmai");

        start("FRBRWork");
        empty("FRBRthis", "value", work + "/!main");
        empty("FRBRuri", "value", work);
        empty("FRBRalias", "value", eli.encodedPath(), "name", "eli");
        empty("FRBRdate", "date", workDate.toString(), "name", workDateName);
        empty("FRBRauthor", "href", "#author");
        empty("FRBRcountry", "value", "th");
        if (type != InstrumentType.ACT) {
            empty("FRBRsubtype", "value", type.slug());
        }
        empty("FRBRname", "value", law.title() == null ? law.id() : law.title());
        end();

        start("FRBRExpression");
        empty("FRBRthis", "value", expression + "/!main");
        empty("FRBRuri", "value", expression);
        empty("FRBRdate", "date", workDate.toString(), "name", workDateName);
        empty("FRBRauthor", "href", "#author");
        empty("FRBRlanguage", "language", "tha");
        end();

        start("FRBRManifestation");
        empty("FRBRthis", "value", expression + "/!main.xml");
        empty("FRBRuri", "value", expression + ".akn");
        empty("FRBRdate", "date", catalogued.toString(), "name", "catalogued");
        empty("FRBRauthor", "href", "#kotmai");
        end();
        end();

        start("references");
        xml.writeAttribute("source", "#kotmai");
        empty("TLCOrganization", "eId", "kotmai", "href", "/ontology/organization/kotmai", "showAs", "Kotmai");
        String author = law.agency() != null && !law.agency().isBlank() ? law.agency() : type.thaiName();
        empty("TLCOrganization", "eId", "author", "href", "/ontology/organization/th/author", "showAs", author);
        end();

        if (law.footnotes() != null && !law.footnotes().isEmpty()) {
            start("notes");
            xml.writeAttribute("source", "#kotmai");
            Set<Integer> seen = new HashSet<>();
            for (Footnote footnote : law.footnotes()) {
                if (!seen.add(footnote.number())) {
                    continue;
                }
                start("note");
                xml.writeAttribute("eId", "note_" + footnote.number());
                xml.writeAttribute("marker", String.valueOf(footnote.number()));
                paragraph(footnote.text(), null);
                end();
            }
            end();
        }
        end();
    }

    private void preface(LawDocument law) throws XMLStreamException {
        start("preface");
        start("longTitle");
        start("p");
        start("docTitle");
        text(law.title() == null ? law.id() : law.title());
        end();
        end();
        end();
        end();
    }

    /**
     * Walks the table of contents, which lists each heading where it first opens and every provision in order:
     * a heading closes the open headings of its depth or deeper; a provision closes those beyond the number of
     * headings enclosing it.
     */
    private void body(LawDocument law, List<ProvisionDocument> provisions, LawTitles titles)
            throws XMLStreamException {
        Map<String, String> ownEids = new HashMap<>();
        for (ProvisionDocument p : provisions) {
            ownEids.putIfAbsent(p.number(), AknEids.provision(p));
        }
        CitationLinker linker = new CitationLinker(law.id(), ownEids, titles);
        List<TocEntry> toc = law.toc() == null ? List.of() : law.toc();
        long tocProvisions = toc.stream().filter(e -> isProvision(e.kind())).count();
        start("body");
        if (tocProvisions != provisions.size()) {
            // A table of contents that does not list the provisions one for one cannot place them: write them flat.
            for (ProvisionDocument p : provisions) {
                provision(p, linker);
            }
        } else {
            Deque<Open> open = new ArrayDeque<>();
            int next = 0;
            for (TocEntry entry : toc) {
                if (isProvision(entry.kind())) {
                    while (open.size() > entry.depth()) {
                        open.pop();
                        end();
                    }
                    provision(provisions.get(next++), linker);
                } else {
                    while (!open.isEmpty() && open.peek().depth() >= entry.depth()) {
                        open.pop();
                        end();
                    }
                    open.push(new Open(entry.depth(), heading(entry, open.isEmpty() ? "" : open.peek().eId())));
                }
            }
            while (!open.isEmpty()) {
                open.pop();
                end();
            }
        }
        end();
    }

    private record Open(int depth, String eId) {
    }

    private String heading(TocEntry entry, String parentEid) throws XMLStreamException {
        AknEids.Container container = AknEids.container(entry.kind());
        String own = container.prefix() + "_" + (entry.number() == null || entry.number().isEmpty()
                ? entry.kind().toLowerCase(Locale.ROOT) : Eli.sectionSegment(entry.number()));
        String eId = unique(parentEid.isEmpty() ? own : parentEid + "__" + own);
        start(container.element());
        if (container.element().equals("hcontainer")) {
            xml.writeAttribute("name", entry.kind().toLowerCase(Locale.ROOT));
        }
        xml.writeAttribute("eId", eId);
        start("heading");
        text(entry.label());
        end();
        return eId;
    }

    private void provision(ProvisionDocument p, CitationLinker linker) throws XMLStreamException {
        String eId = unique(AknEids.provision(p));
        String element = AknEids.provisionElement(p);
        start(element);
        if (element.equals("hcontainer")) {
            xml.writeAttribute("name", "text");
        }
        xml.writeAttribute("eId", eId);
        if (p.label() != null && !p.label().isBlank()) {
            start("num");
            text(p.label());
            List<Footnote> history = p.history() == null ? List.of() : p.history();
            for (int i = 0; i < history.size(); i++) {
                start("authorialNote");
                xml.writeAttribute("marker", String.valueOf(history.get(i).number()));
                xml.writeAttribute("placement", "bottom");
                xml.writeAttribute("eId", eId + "__authorialNote_" + (i + 1));
                paragraph(history.get(i).text(), null);
                end();
            }
            end();
        }
        start("content");
        List<String> paragraphs = p.paragraphs() == null || p.paragraphs().isEmpty()
                ? List.of(p.text() == null ? "" : p.text()) : p.paragraphs();
        for (String paragraph : paragraphs) {
            paragraph(paragraph, linker);
        }
        end();
        end();
    }

    /** A paragraph; its lines (items such as (๑)) are kept apart by {@code <br/>}. */
    private void paragraph(String paragraph, CitationLinker linker) throws XMLStreamException {
        start("p");
        String[] lines = (paragraph == null ? "" : paragraph).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.writeEmptyElement(NAMESPACE, "br");
            }
            if (linker == null) {
                text(lines[i]);
                continue;
            }
            for (CitationLinker.Segment segment : linker.segments(lines[i])) {
                if (segment.href() == null) {
                    text(segment.text());
                } else {
                    start("ref");
                    xml.writeAttribute("href", segment.href());
                    text(segment.text());
                    end();
                }
            }
        }
        end();
    }

    private String unique(String eId) {
        String candidate = eId;
        for (int n = 2; !usedEids.add(candidate); n++) {
            candidate = eId + "-" + n;
        }
        return candidate;
    }

    private static boolean isProvision(String kind) {
        return "SECTION".equals(kind) || "CLAUSE".equals(kind) || "TEXT".equals(kind);
    }

    private void start(String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    private void empty(String name, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(NAMESPACE, name);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], XmlText.clean(attributes[i + 1]));
        }
    }

    private void text(String text) throws XMLStreamException {
        xml.writeCharacters(XmlText.clean(text == null ? "" : text));
    }
}
