package org.kotmai.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.kotmai.ingest.ImportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data over the full Krisdika catalog ({@code ../shared/corpus/krisdika}): every law's Akoma Ntoso re-parses,
 * holds each provision exactly once under its eId, has unique eIds and no link to a missing eId; the export imports
 * back with the same counts. Shares the catalog (and the Spring context) of the search relevance test, so the
 * corpus is imported once per test run.
 */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-search",
        "logging.level.org.kotmai.ingest=WARN"})
class OpenDataCorpusTest {

    private static final Path CORPUS = Path.of("../shared/corpus/krisdika");
    /** Krisdika sysids of the Civil and Commercial Code, the Criminal Code and the Revenue Code. */
    private static final List<String> LARGEST_CODES = List.of("567410", "443287", "617709");
    private static final Set<String> PROVISION_ELEMENTS = Set.of("section", "article", "hcontainer");

    @Autowired
    ImportService imports;
    @Autowired
    AknService akn;
    @Autowired
    CatalogRepository catalog;
    @Autowired
    CatalogExporter exporter;
    @Autowired
    ElasticsearchClient client;

    @Test
    void everyLawsAknHoldsEachProvisionExactlyOnceUnderItsEidAndTheExportImportsBack(@TempDir Path export)
            throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/krisdika is absent (a fresh clone): the corpus-wide "
                + "open data checks run where ../shared exists, as in CI");
        assertThat(imports.run(ImportSource.KRISDIKA, CORPUS).state()).isEqualTo("DONE");

        long laws = catalog.countLaws();
        long provisions = catalog.countProvisions();
        try (OutputStream lawsOut = Files.newOutputStream(export.resolve(ExportImporter.LAWS));
                OutputStream provisionsOut = Files.newOutputStream(export.resolve(ExportImporter.PROVISIONS))) {
            exporter.lawsJsonl(lawsOut);
            exporter.provisionsJsonl(provisionsOut);
        }
        assertThat(lines(export.resolve(ExportImporter.LAWS))).isEqualTo(laws);
        assertThat(lines(export.resolve(ExportImporter.PROVISIONS))).isEqualTo(provisions);

        // The export holds every law with its provisions, in the same order: one pass checks every law's AKN.
        JsonMapper json = ((Jackson3JsonpMapper) client._jsonpMapper()).objectMapper();
        List<String> problems = new ArrayList<>();
        Set<String> codesSeen = new HashSet<>();
        int provisionsSeen = 0;
        try (BufferedReader lawLines = Files.newBufferedReader(export.resolve(ExportImporter.LAWS));
                BufferedReader provisionLines = Files.newBufferedReader(export.resolve(ExportImporter.PROVISIONS))) {
            ProvisionDocument pending = next(provisionLines, json);
            for (String line = lawLines.readLine(); line != null; line = lawLines.readLine()) {
                LawDocument law = json.readValue(line, LawDocument.class);
                List<ProvisionDocument> own = new ArrayList<>();
                while (pending != null && pending.lawId().equals(law.id())) {
                    own.add(pending);
                    pending = next(provisionLines, json);
                }
                StringWriter xml = new StringWriter();
                akn.write(law, own, xml);
                problems.addAll(check(law.id(), Xml.parse(xml.toString().getBytes(StandardCharsets.UTF_8)), own));
                provisionsSeen += own.size();
                if (LARGEST_CODES.contains(law.sourceId()) && own.size() > 300) {
                    codesSeen.add(law.sourceId());
                }
            }
            assertThat(pending).as("provisions left after the last law").isNull();
        }
        assertThat(problems).isEmpty();
        assertThat((long) provisionsSeen).isEqualTo(provisions);
        assertThat(codesSeen).containsExactlyInAnyOrderElementsOf(LARGEST_CODES);

        ImportStatus back = imports.run(ImportSource.EXPORT, export);
        assertThat(back.state()).isEqualTo("DONE");
        assertThat(back.errors()).isZero();
        assertThat((long) back.unchanged()).isEqualTo(laws);
        assertThat(catalog.countLaws()).isEqualTo(laws);
        assertThat(catalog.countProvisions()).isEqualTo(provisions);
    }

    private static ProvisionDocument next(BufferedReader lines, JsonMapper json) throws IOException {
        String line = lines.readLine();
        return line == null ? null : json.readValue(line, ProvisionDocument.class);
    }

    private static List<String> check(String lawId, Document document, List<ProvisionDocument> provisions) {
        List<String> problems = new ArrayList<>();
        Set<String> eIds = new HashSet<>();
        Map<String, Element> byEid = new HashMap<>();
        for (Element element : Xml.withAttribute(document, "eId")) {
            String eId = element.getAttribute("eId");
            if (!eIds.add(eId)) {
                problems.add(lawId + ": eId " + eId + " is used twice");
            }
            byEid.put(eId, element);
        }
        int provisionElements = 0;
        for (Element element : Xml.withAttribute(document, "eId")) {
            boolean provision = PROVISION_ELEMENTS.contains(element.getLocalName())
                    && !Xml.childrenOf(element, AknWriter.NAMESPACE, "content").isEmpty();
            provisionElements += provision ? 1 : 0;
        }
        if (provisionElements != provisions.size()) {
            problems.add(lawId + ": " + provisionElements + " provision elements for " + provisions.size()
                    + " provisions");
        }
        for (ProvisionDocument p : provisions) {
            Element element = byEid.get(AknEids.provision(p));
            if (element == null || !element.getLocalName().equals(AknEids.provisionElement(p))) {
                problems.add(lawId + ": provision " + p.id() + " is not a <" + AknEids.provisionElement(p)
                        + "> with eId " + AknEids.provision(p));
            }
        }
        for (Element ref : Xml.all(document, AknWriter.NAMESPACE, "ref")) {
            String href = ref.getAttribute("href");
            if (href.startsWith("#") && !eIds.contains(href.substring(1))) {
                problems.add(lawId + ": link " + href + " names no eId");
            }
        }
        return problems;
    }

    private static long lines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }
}
