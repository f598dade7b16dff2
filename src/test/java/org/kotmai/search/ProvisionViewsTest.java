package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class ProvisionViewsTest {

    private static Map<String, ProvisionView> read(String json) {
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json.replace('\'', '"'))) {
            p.nextToken();
            return ProvisionViews.readDocs(p);
        }
    }

    @Test
    void readsTheShownFieldsOfFoundProvisionsSkippingTheRestAndLeavesOutMissingOnes() {
        Map<String, ProvisionView> views = read("""
                {'docs': [
                 {'_index': 'p', '_id': 'law-1/5', '_version': 1, 'found': true, '_source': {
                   'id': 'law-1/5', 'lawId': 'law-1', 'sourceId': '123', 'lawTitle': 'พระราชบัญญัติผึ้ง พ.ศ. ๒๕๖๒',
                   'lawType': 'ACT', 'lawStatus': 'IN_FORCE', 'yearBe': 2562, 'number': '5', 'label': 'มาตรา ๕',
                   'paragraphs': ['ผู้ใดเลี้ยงผึ้ง', 'รัง'], 'history': [{'text': 'แก้ไข', 'gazette': {'year': 2562}}],
                   'path': ['หมวด ๑', 'ส่วนที่ ๒'], 'text': 'ผู้ใดเลี้ยงผึ้ง\\n“รัง”', 'repealed': true,
                   'search': {'textTokens': 'ผู้ใด เลี้ยง ผึ้ง', 'textGrams': 'ผู ู้ ้ใ', 'boilerplate': false}}},
                 {'_index': 'p', '_id': 'law-1/6', 'found': false},
                 {'_index': 'p', '_id': 'law-1/7', 'error': {'type': 'x', 'reason': 'y'}},
                 {'_index': 'p', '_id': 'law-2/1', 'found': true, '_source': {'id': 'law-2/1', 'lawId': 'law-2',
                   'lawType': null, 'yearBe': null, 'path': []}}]}
                """);
        assertThat(views).containsOnlyKeys("law-1/5", "law-2/1");
        assertThat(views.get("law-1/5")).isEqualTo(new ProvisionView("law-1/5", "law-1", "123",
                "พระราชบัญญัติผึ้ง พ.ศ. ๒๕๖๒", InstrumentType.ACT, LawStatus.IN_FORCE, 2562, "5", "มาตรา ๕",
                List.of("หมวด ๑", "ส่วนที่ ๒"), "ผู้ใดเลี้ยงผึ้ง\n“รัง”", true));
        assertThat(views.get("law-2/1")).isEqualTo(new ProvisionView("law-2/1", "law-2", null, null, null, null,
                null, null, null, List.of(), null, false));
    }
}
