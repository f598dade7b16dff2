package org.kotmai.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.json.JsonMapper;

/** Akoma Ntoso, ELI redirects, exports and the Atom feed over a real Elasticsearch node with two small acts. */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-opendata")
@AutoConfigureMockMvc
class OpenDataApiIntegrationTest {

    static final Path LAWS = Path.of("src/test/resources/opendata/laws");
    static final String LAW_ID = "act-2567-ทดสอบข้อมูลเปิด";
    static final String CITED_ID = "act-2566-ทดสอบการอ้างอิง";
    private static final String AKN = AknWriter.NAMESPACE;

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportService imports;
    @Autowired
    CatalogReader reader;
    @Autowired
    JsonMapper json;

    /** The import is idempotent: after the first test the laws are unchanged and nothing is written. */
    @BeforeEach
    void catalogTheTwoActs() {
        assertThat(imports.run(ImportSource.FOLDER, LAWS).state()).isEqualTo("DONE");
    }

    @Test
    void aknIsNamespacedAndHoldsEveryProvisionOnceUnderItsEid() throws Exception {
        Document akn = akn(LAW_ID, "application/akn+xml");
        Element root = akn.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(AKN);
        assertThat(root.getLocalName()).isEqualTo("akomaNtoso");
        assertThat(Xml.all(akn, AKN, "act")).singleElement().satisfies(act -> assertThat(act.getAttribute("name"))
                .isEqualTo("act"));
        assertThat(Xml.all(akn, AKN, "FRBRcountry").get(0).getAttribute("value")).isEqualTo("th");
        assertThat(Xml.all(akn, AKN, "FRBRlanguage").get(0).getAttribute("language")).isEqualTo("tha");
        assertThat(Xml.all(akn, AKN, "docTitle").get(0).getTextContent())
                .isEqualTo("พระราชบัญญัติทดสอบข้อมูลเปิด พ.ศ. ๒๕๖๗");

        List<String> eIds = Xml.withAttribute(akn, "eId").stream().map(e -> e.getAttribute("eId")).toList();
        assertThat(eIds).doesNotHaveDuplicates();
        List<ProvisionDocument> provisions = reader.provisionsOf(LAW_ID);
        assertThat(provisions).extracting(ProvisionDocument::number)
                .containsExactly("1", "2", "3", "3/1", "4", "4 ทวิ", "5", "6");
        Map<String, Element> sections = Xml.all(akn, AKN, "section").stream()
                .collect(Collectors.toMap(e -> e.getAttribute("eId"), Function.identity()));
        assertThat(sections.keySet()).containsExactlyInAnyOrder("sec_1", "sec_2", "sec_3", "sec_3-1", "sec_4",
                "sec_4_ทวิ", "sec_5", "sec_6");
        assertThat(num(sections.get("sec_3-1"))).startsWith("มาตรา ๓/๑");
    }

    @Test
    void headingsNestAsBookPartTitleChapterAndDivision() throws Exception {
        Document akn = akn(LAW_ID, "application/akn+xml");
        Element section4 = section(akn, "sec_4");
        Element division = (Element) section4.getParentNode();
        assertThat(division.getLocalName()).isEqualTo("division");
        Element chapter = (Element) division.getParentNode();
        assertThat(chapter.getLocalName()).isEqualTo("chapter");
        assertThat(chapter.getAttribute("eId")).isEqualTo("chp_2");
        assertThat(division.getAttribute("eId")).isEqualTo("chp_2__dvs_1");
        assertThat(((Element) section(akn, "sec_3").getParentNode()).getAttribute("eId")).isEqualTo("chp_1");
        assertThat(((Element) section(akn, "sec_1").getParentNode()).getLocalName()).isEqualTo("body");
        Element transitional = (Element) section(akn, "sec_6").getParentNode();
        assertThat(transitional.getLocalName()).isEqualTo("hcontainer");
        assertThat(transitional.getAttribute("name")).isEqualTo("transitional");
    }

    @Test
    void textIsEscapedAndKeptWhole() throws Exception {
        Document akn = akn(LAW_ID, "application/akn+xml");
        assertThat(section(akn, "sec_3").getTextContent()).contains("บริษัท เอ & บี <จำกัด>");
        Element repealed = section(akn, "sec_5");
        assertThat(repealed.getTextContent()).contains("(ยกเลิก)");
        assertThat(Xml.all(akn, AKN, "authorialNote").stream().map(Element::getTextContent))
                .anySatisfy(note -> assertThat(note).contains("มาตรา ๕ ยกเลิกโดย"));
    }

    @Test
    void citationsLinkToOwnEidsOrAnotherLawsEliAndOtherwiseStayPlainText() throws Exception {
        Document akn = akn(LAW_ID, "application/akn+xml");
        List<String> refs4 = refs(section(akn, "sec_4"));
        assertThat(refs4).containsExactly("#sec_3", "#sec_3-1");
        List<String> refs31 = refs(section(akn, "sec_3-1"));
        assertThat(refs31).containsExactly("/eli/th/act/2566/" + Eli.encode("ทดสอบการอ้างอิง") + "/sec/5");
        Element bis = section(akn, "sec_4_ทวิ");
        assertThat(refs(bis)).containsExactly("#sec_4");
        assertThat(bis.getTextContent()).contains("มาตรา ๙๙ แห่งพระราชบัญญัติที่ไม่มีอยู่จริง");
        List<String> allTargets = Xml.all(akn, AKN, "ref").stream().map(e -> e.getAttribute("href")).toList();
        assertThat(allTargets).filteredOn(h -> h.startsWith("#"))
                .allSatisfy(h -> assertThat(Xml.withAttribute(akn, "eId").stream()
                        .map(e -> "#" + e.getAttribute("eId"))).contains(h));
    }

    @Test
    void aknIsServedAsPlainXmlWhenThatIsAskedForAndUnknownLawIsAProblem() throws Exception {
        mvc.perform(get("/api/laws/{id}/akn", CITED_ID).accept("application/xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"));
        mvc.perform(get("/api/laws/{id}/akn", "act-0000-none"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("act-0000-none")));
    }

    @Test
    void eliRedirectsByContentNegotiation() throws Exception {
        String eli = "/eli/th/act/2567/" + Eli.encode("ทดสอบข้อมูลเปิด");
        String api = "/api/laws/" + Eli.encode(LAW_ID);
        mvc.perform(get(URI.create(eli)).accept("application/json"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", api))
                .andExpect(header().string("Vary", "Accept"));
        mvc.perform(get(URI.create(eli)).accept("application/akn+xml"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", api + "/akn"));
        mvc.perform(get(URI.create(eli)).accept("application/xml"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", api + "/akn"));
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        mvc.perform(get(URI.create(eli)).header("Accept", browser))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/laws/" + Eli.encode(LAW_ID)));
        mvc.perform(get(URI.create(eli + "/sec/3-1")).accept("application/json"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", api + "/provisions/3%2F1"));
        mvc.perform(get(URI.create(eli + "/sec/" + Eli.encode("4_ทวิ"))).accept("text/html"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/laws/" + Eli.encode(LAW_ID) + "#sec-4_"
                        + Eli.encode("ทวิ")));
    }

    @Test
    void lawsEliIsServedAsJson() throws Exception {
        mvc.perform(get("/api/laws/{id}/eli", LAW_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eli").value("/eli/th/act/2567/ทดสอบข้อมูลเปิด"))
                .andExpect(jsonPath("$.encodedEli").value("/eli/th/act/2567/" + Eli.encode("ทดสอบข้อมูลเปิด")));
        mvc.perform(get("/api/laws/{id}/eli", "act-0000-none")).andExpect(status().isNotFound());
    }

    @Test
    void followingAnEliRedirectReachesTheLaw() throws Exception {
        String location = mvc.perform(get(URI.create("/eli/th/act/2566/" + Eli.encode("ทดสอบการอ้างอิง") + "/sec/4"))
                        .accept("application/json"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(URI.create(location)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lawId").value(CITED_ID))
                .andExpect(jsonPath("$.number").value("4"));
    }

    @Test
    void badOrUnknownEliIsAProblemNamingWhatIsWrong() throws Exception {
        mvc.perform(get("/eli/th/statute/2567/x").accept("application/json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("type"));
        mvc.perform(get("/eli/th/act/25x7/x").accept("application/json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("year"));
        mvc.perform(get("/eli/th/act/2567/none").accept("application/json"))
                .andExpect(status().isNotFound());
        mvc.perform(get(URI.create("/eli/th/act/2567/" + Eli.encode("ทดสอบข้อมูลเปิด") + "/sec/99"))
                        .accept("application/json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no provision '99'")));
        mvc.perform(get(URI.create("/eli/th/act/2567/" + Eli.encode("ทดสอบข้อมูลเปิด"))).accept("image/png"))
                .andExpect(status().isNotAcceptable());
    }

    @Test
    void csvExportsAreRfc4180WithAHeaderAndNoByteOrderMark() throws Exception {
        byte[] laws = mvc.perform(get("/api/export/laws.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(laws[0]).isEqualTo((byte) 'i');
        String lawsCsv = new String(laws, StandardCharsets.UTF_8);
        assertThat(lawsCsv).startsWith(String.join(",", CatalogExporter.LAW_COLUMNS) + "\r\n");
        assertThat(lawsCsv).contains(LAW_ID + ",/eli/th/act/2567/ทดสอบข้อมูลเปิด,ACT,1B,");

        String provisions = mvc.perform(get("/api/export/provisions.csv"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(provisions).startsWith("id,lawId,kind,number,label,ordinal,repealed,path,text\r\n");
        assertThat(provisions).contains(CITED_ID + "/3," + CITED_ID + ",SECTION,3,มาตรา ๓,2,false,,"
                + "\"ผู้ขอรับบริการต้องยื่นคำขอ, พร้อมหลักฐาน \"\"ตามแบบ\"\" ที่กำหนด\"\r\n");
    }

    @Test
    void jsonlExportsHoldOneRecordALineInIdOrder() throws Exception {
        String laws = mvc.perform(get("/api/export/laws.jsonl"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/jsonl"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> ids = laws.lines().map(line -> json.readTree(line).get("id").asString()).toList();
        assertThat(ids).containsExactly(CITED_ID, LAW_ID);
        String provisions = mvc.perform(get("/api/export/provisions.jsonl"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(provisions.lines().map(line -> json.readTree(line).get("lawId").asString()).toList())
                .hasSize(13).isSorted();
    }

    @Test
    void feedIsValidAtomNewestFirst() throws Exception {
        byte[] body = mvc.perform(get("/api/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsByteArray();
        Document feed = Xml.parse(body);
        String atom = AtomFeedWriter.NAMESPACE;
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(atom);
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(feed.getDocumentElement(), required)).as(required).hasSize(1);
        }
        List<Element> entries = children(feed.getDocumentElement(), "entry");
        assertThat(entries).hasSize(2);
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated", "summary")) {
                assertThat(children(entry, required)).as(required).hasSize(1);
            }
            assertThat(children(entry, "link")).isNotEmpty();
            assertThat(URI.create(children(entry, "id").get(0).getTextContent()).isAbsolute()).isTrue();
        }
        List<String> updated = entries.stream().map(e -> children(e, "updated").get(0).getTextContent()).toList();
        assertThat(updated).isSortedAccordingTo(Comparator.reverseOrder());
        mvc.perform(get("/api/feed.atom").param("limit", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("limit"));
    }

    private Document akn(String lawId, String accept) throws Exception {
        byte[] body = mvc.perform(get("/api/laws/{id}/akn", lawId).accept(accept))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(accept))
                .andReturn().getResponse().getContentAsByteArray();
        return Xml.parse(body);
    }

    private static Element section(Document akn, String eId) {
        return Xml.all(akn, AKN, "section").stream().filter(e -> e.getAttribute("eId").equals(eId)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + eId));
    }

    private static String num(Element provision) {
        return Xml.childrenOf(provision, AKN, "num").get(0).getTextContent();
    }

    private static List<String> refs(Element provision) {
        List<String> out = new ArrayList<>();
        NodeList nodes = provision.getElementsByTagNameNS(AKN, "ref");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getAttribute("href"));
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        return Xml.childrenOf(parent, AtomFeedWriter.NAMESPACE, name);
    }
}
