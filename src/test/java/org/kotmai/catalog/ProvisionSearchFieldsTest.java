package org.kotmai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kotmai.thai.ThaiAnalyzer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ProvisionSearchFieldsTest {

    private static final ThaiAnalyzer ANALYZER = ThaiAnalyzer.createDefault();
    private static final ProvisionSearchFields FIELDS = new ProvisionSearchFields(ANALYZER);
    private static final String TITLE = "พระราชบัญญัติการเลี้ยงผึ้ง พ.ศ. ๒๕๗๐";
    private static final String TEXT = "ผู้ใดเลี้ยงผึ้งเกิน ๑๒ รังต้องแจ้งนายทะเบียน";

    @Test
    void derivesTheFourTokenFieldsFromTextTitleAndHeadingsWithTheThaiAnalyzer() {
        ProvisionDocument derived = FIELDS.withTokens(provision(null), 3);

        assertThat(derived.search().textTokens()).isEqualTo(ANALYZER.analyzedForIndex(TEXT)).contains("12 รัง");
        assertThat(derived.search().textGrams()).isEqualTo(ANALYZER.ngramsForIndex(TEXT, SearchFields.GRAM_SIZE))
                .startsWith("ผู ู้ ้ใ ใด");
        assertThat(derived.search().titleTokens()).isEqualTo(ANALYZER.analyzedForIndex(TITLE)).endsWith("2570");
        assertThat(derived.search().pathTokens()).isEqualTo("หมวด 1 ทั่วไป");
        assertThat(FIELDS.headings(List.of("ภาค ๑", "หมวด ๑ ทั่วไป"))).isEqualTo("ภาค 1 หมวด 1 ทั่วไป");
    }

    @Test
    void aProvisionWithoutSearchFieldsGetsItsBoilerplateFlagAndTheGivenLawSize() {
        ProvisionDocument opening = new ProvisionDocument("act/1", "act", null, TITLE, InstrumentType.ACT,
                LawStatus.IN_FORCE, 2570, List.of(), null, List.of(), "SECTION", "1", "มาตรา ๑", 0, List.of(),
                "พระราชบัญญัตินี้เรียกว่า \"" + TITLE + "\"", List.of(), false, List.of(), "v", null);

        ProvisionDocument derived = FIELDS.withTokens(opening, 3);

        assertThat(derived.search().boilerplate()).isTrue();
        assertThat(derived.search().lawSize()).isEqualTo(3);
        assertThat(FIELDS.withTokens(provision(null), 3).search().boilerplate()).isFalse();
    }

    @Test
    void aProvisionWithSearchFieldsKeepsItsBoilerplateFlagAndLawSize() {
        ProvisionDocument derived = FIELDS.withTokens(provision(new SearchFields(null, null, null, null, true, 40)), 3);

        assertThat(derived.search().boilerplate()).isTrue();
        assertThat(derived.search().lawSize()).isEqualTo(40);
        assertThat(derived.search().textTokens()).isNotBlank();
        assertThat(derived.withSearch(null)).isEqualTo(provision(null));
    }

    @Test
    void fillingAStoredSourceGivesTheRecordsTokensAndLeavesTheOtherFieldsAlone() {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode source = json.valueToTree(provision(null));
        source.putObject("search").put("boilerplate", true).put("lawSize", 40);
        source.put("fieldOfALaterVersion", "kept");
        ObjectNode before = source.deepCopy();

        FIELDS.fillTokens(source);

        SearchFields expected = FIELDS.withTokens(provision(null), 40).search();
        assertThat(source.path("search").path("textTokens").asString()).isEqualTo(expected.textTokens());
        assertThat(source.path("search").path("textGrams").asString()).isEqualTo(expected.textGrams());
        assertThat(source.path("search").path("titleTokens").asString()).isEqualTo(expected.titleTokens());
        assertThat(source.path("search").path("pathTokens").asString()).isEqualTo(expected.pathTokens());
        assertThat(source.path("search").path("boilerplate").asBoolean()).isTrue();
        assertThat(source.path("search").path("lawSize").asInt()).isEqualTo(40);
        ObjectNode rest = source.deepCopy();
        rest.remove("search");
        before.remove("search");
        assertThat(rest).isEqualTo(before);
    }

    @Test
    void fillingASourceWithoutSearchFieldsAddsThemWithTheBoilerplateFlag() {
        ObjectNode source = JsonMapper.builder().build().createObjectNode();
        source.put("text", "ให้รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์รักษาการตามพระราชบัญญัตินี้");

        FIELDS.fillTokens(source);

        assertThat(source.path("search").path("boilerplate").asBoolean()).isTrue();
        assertThat(source.path("search").path("textTokens").asString()).contains("รักษาการ");
        assertThat(source.path("search").path("titleTokens").asString()).isEmpty();
        assertThat(source.path("search").path("pathTokens").asString()).isEmpty();
    }

    private static ProvisionDocument provision(SearchFields search) {
        return new ProvisionDocument("act/5", "act", null, TITLE, InstrumentType.ACT, LawStatus.IN_FORCE, 2570,
                List.of(), null, List.of(), "SECTION", "5", "มาตรา ๕", 4, List.of("หมวด ๑ ทั่วไป"), TEXT,
                List.of(TEXT), false, List.of(), "v", search);
    }
}
