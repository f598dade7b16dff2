package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DefinitionOpeningsTest {

    private final ThaiAnalyzer analyzer = ThaiAnalyzer.createDefault();

    @Test
    void theOpeningIsFoundInTheAnalysedTextOfADefiningSection() {
        List<String> opening = DefinitionOpenings.of(analyzer.tokens("ขายฝาก"));

        assertThat(analyzer.tokens("อันว่าขายฝากนั้น คือสัญญาซื้อขายซึ่งผู้ขายอาจไถ่ทรัพย์นั้นคืนได้"))
                .containsSequence(opening);
    }

    @Test
    void aTermOfSeveralWordsKeepsThemInOrderBetweenTheMarkers() {
        List<String> term = analyzer.tokens("จ้างทำของ");

        assertThat(term).hasSizeGreaterThan(1);
        assertThat(analyzer.tokens("อันว่าจ้างทำของนั้น คือสัญญาซึ่งบุคคลหนึ่งตกลงรับจะทำการงานสิ่งใดสิ่งหนึ่ง"))
                .containsSequence(DefinitionOpenings.of(term));
    }

    @Test
    void aSectionMerelyUsingTheTermDoesNotHoldTheOpening() {
        List<String> opening = DefinitionOpenings.of(analyzer.tokens("ขายฝาก"));

        assertThat(analyzer.tokens("ในการขายฝากนั้น คู่สัญญาจะตกลงกันไม่ให้ผู้ซื้อจำหน่ายทรัพย์สินก็ได้"))
                .doesNotContainSequence(opening);
    }
}
