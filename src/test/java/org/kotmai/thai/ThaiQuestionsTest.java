package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiQuestionsTest {

    private final ThaiAnalyzer analyzer = ThaiAnalyzer.createDefault();
    private final ThaiFunctionWords functionWords = ThaiFunctionWords.fromClasspath();

    @Test
    void theFocusIsTheWordBeforeTheQuestionWordsThatEndIt() {
        assertThat(ThaiQuestions.focus(analyzer.tokens("เจ้าของร้านเลี้ยงผึ้งในเมืองได้หรือไม่"), functionWords))
                .contains("เมือง");
        assertThat(ThaiQuestions.focus(analyzer.tokens("ผู้ขออนุญาตเลี้ยงผึ้งต้องอายุเท่าไร"), functionWords)).contains("อายุ");
        assertThat(ThaiQuestions.focus(analyzer.tokens("เลี้ยงผึ้งโดยไม่ขออนุญาตได้ไหมครับ"), functionWords))
                .contains("อนุญาต");
    }

    @Test
    void passesOverTheUnitAHowManyQuestionAsksFor() {
        assertThat(ThaiQuestions.focus(analyzer.tokens("ต้องแจ้งการย้ายรังผึ้งล่วงหน้ากี่วัน"), functionWords))
                .contains("ล่วงหน้า");
    }

    @Test
    void aQueryThatDoesNotEndAsAQuestionHasNoFocus() {
        assertThat(ThaiQuestions.focus(analyzer.tokens("ใครเป็นผู้ออกใบอนุญาตเลี้ยงผึ้ง"), functionWords)).isEmpty();
        assertThat(ThaiQuestions.focus(analyzer.tokens("ค่าธรรมเนียมใบอนุญาต"), functionWords)).isEmpty();
        assertThat(ThaiQuestions.focus(analyzer.tokens("ได้หรือไม่"), functionWords)).isEmpty();
    }
}
