package org.kotmai.opendata;

import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.kotmai.catalog.LawDocument;

/**
 * An Atom (RFC 4287) feed of laws newly catalogued or re-catalogued, newest first. Entry ids are the laws' ELI
 * URIs made absolute with the service's base URL, so a re-catalogued law updates its entry instead of adding one.
 */
final class AtomFeedWriter {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_INSTANT;

    private AtomFeedWriter() {
    }

    /**
     * @param baseUrl the service's base URL without a trailing slash, e.g. {@code https://kotmai.example}
     * @param laws    the laws to list, newest first
     */
    static void write(String baseUrl, List<LawDocument> laws, Writer out) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "feed");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "id", baseUrl + "/api/feed.atom");
            element(xml, "title", "Kotmai: laws catalogued");
            Instant newest = laws.stream().map(LawDocument::ingestedAt).filter(i -> i != null).findFirst()
                    .orElse(Instant.EPOCH);
            element(xml, "updated", time(newest));
            link(xml, "self", baseUrl + "/api/feed.atom", "application/atom+xml");
            xml.writeStartElement(NAMESPACE, "author");
            element(xml, "name", "Kotmai");
            xml.writeEndElement();
            for (LawDocument law : laws) {
                entry(xml, baseUrl, law);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed: " + e.getMessage(), e);
        }
    }

    private static void entry(XMLStreamWriter xml, String baseUrl, LawDocument law) throws XMLStreamException {
        Eli eli = EliResolver.eli(law);
        String encodedId = Eli.encode(law.id());
        xml.writeStartElement(NAMESPACE, "entry");
        element(xml, "id", baseUrl + eli.encodedPath());
        element(xml, "title", law.title() == null ? law.id() : law.title());
        element(xml, "updated", time(law.ingestedAt() == null ? Instant.EPOCH : law.ingestedAt()));
        link(xml, "alternate", baseUrl + "/laws/" + encodedId, "text/html");
        link(xml, "alternate", baseUrl + "/api/laws/" + encodedId, "application/json");
        link(xml, "alternate", baseUrl + "/api/laws/" + encodedId + "/akn", AknController.AKN_XML);
        StringBuilder summary = new StringBuilder();
        summary.append(law.type() == null ? "" : law.type().thaiName());
        if (law.yearBe() != null) {
            summary.append(", พ.ศ. ").append(law.yearBe());
        }
        summary.append(", ").append(law.provisionCount()).append(" provisions");
        if (law.status() != null) {
            summary.append(", ").append(law.status());
        }
        if (law.agency() != null && !law.agency().isBlank()) {
            summary.append(", ").append(law.agency());
        }
        element(xml, "summary", summary.toString());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(NAMESPACE, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String time(Instant instant) {
        return RFC3339.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
