package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ThaiFunctionWordsTest {

    private final ThaiFunctionWords words = ThaiFunctionWords.fromClasspath();

    @Test
    void knowsQuestionAndLinkWordsButNotSubjectWords() {
        assertThat(words.contains("ไหม")).isTrue();
        assertThat(words.contains("ซึ่ง")).isTrue();
        assertThat(words.contains("ดอกเบี้ย")).isFalse();
        assertThat(words.contains("#")).isFalse();
    }

    @Test
    void aFunctionWordTheSegmenterCutIntoPiecesIsLeftOutWhole() {
        List<String> tokens = ThaiAnalyzer.createDefault().tokens("เรื่องนี้จะมีผลอย่างไร");

        assertThat(tokens).containsSequence("อย่าง", "ไร");
        assertThat(words.without(tokens)).containsExactly("เรื่อง", "ผล");
    }

    @Test
    void aPieceOfAFunctionWordStandingAloneIsKept() {
        assertThat(words.without(List.of("ปฏิบัติ", "อย่าง", "เคร่งครัด"))).containsExactly("ปฏิบัติ", "อย่าง",
                "เคร่งครัด");
    }
}
