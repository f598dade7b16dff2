package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

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
}
