package org.kotmai.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.catalog.ProvisionSearchFields;
import org.kotmai.catalog.SearchFields;
import org.kotmai.statute.ParsedLaw;
import org.kotmai.statute.Provision;
import org.kotmai.statute.StructureNode;
import org.kotmai.thai.ThaiAnalyzer;
import org.kotmai.thai.ThaiTextRepair;

class CatalogMapperTest {

    @Test
    void repeatedProvisionNumberKeepsBothTextsAndWarns() {
        ParsedLaw parsed = new ParsedLaw(InstrumentType.ACT, "พระราชบัญญัติทดสอบ พ.ศ. ๒๕๗๐", 2570,
                List.of(new StructureNode("CHAPTER", "1", "หมวด ๑ ทั่วไป", 0, List.of("chapter-1"))),
                List.of(section("1", "ข้อความแรก", List.of()), section("2", "ข้อความที่สอง", List.of("chapter-1")),
                        section("2", "ข้อความซ้ำ", List.of("chapter-1"))),
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of());
        List<String> warnings = new ArrayList<>();
        SourceDocument source = new SourceDocument("test:x", "x.txt", Path.of("x.txt"), SourceMetadata.empty());

        CatalogMapper.Documents documents = CatalogMapper.map("act-2570-ทดสอบ", "hash", source, "text/plain",
                new ThaiTextRepair().repair("", false), parsed, warnings, new ProvisionSearchFields(ThaiAnalyzer.createDefault()));

        assertThat(documents.provisions()).extracting(ProvisionDocument::id)
                .containsExactly("act-2570-ทดสอบ/1", "act-2570-ทดสอบ/2", "act-2570-ทดสอบ/2~2");
        assertThat(documents.provisions().get(2).text()).isEqualTo("ข้อความซ้ำ");
        assertThat(documents.provisions().get(1).path()).containsExactly("หมวด ๑ ทั่วไป");
        assertThat(warnings).singleElement().asString().contains("x.txt", "2");
        assertThat(documents.law().toc()).extracting(t -> t.kind() + ":" + t.number())
                .containsExactly("SECTION:1", "CHAPTER:1", "SECTION:2", "SECTION:2");
    }

    @Test
    void preparesSearchTokensWithTheThaiAnalyzer() {
        ParsedLaw parsed = new ParsedLaw(InstrumentType.ACT, "พระราชบัญญัติทดสอบ พ.ศ. ๒๕๗๐", 2570,
                List.of(new StructureNode("CHAPTER", "1", "หมวด ๑ ทั่วไป", 0, List.of("chapter-1"))),
                List.of(section("1", "ศาลวินิจฉัย ๑๒ วัน", List.of("chapter-1"))),
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of());
        SourceDocument source = new SourceDocument("test:x", "x.txt", Path.of("x.txt"), SourceMetadata.empty());

        CatalogMapper.Documents documents = CatalogMapper.map("act-2570-ทดสอบ", "hash", source, "text/plain",
                new ThaiTextRepair().repair("", false), parsed, new ArrayList<>(), new ProvisionSearchFields(ThaiAnalyzer.createDefault()));

        SearchFields provision = documents.provisions().get(0).search();
        assertThat(provision.textTokens()).isEqualTo("ศาล วินิจฉัย 12 วัน");
        assertThat(provision.textGrams()).startsWith("ศา าล ลว");
        assertThat(provision.pathTokens()).isEqualTo("หมวด 1 ทั่วไป");
        assertThat(provision.titleTokens()).isEqualTo("พระราชบัญญัติ ทดสอบ พศ 2570");
        assertThat(provision.boilerplate()).isFalse();
        assertThat(provision.lawSize()).isEqualTo(1);
    }

    private static Provision section(String number, String text, List<String> path) {
        return new Provision("SECTION", number, "มาตรา " + number, path, List.of(text), false, List.of());
    }
}
