package org.kotmai.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SourceLinesTest {

    @Test
    void crLfIsAWrapInsideOneParagraphAndLfEndsIt() {
        List<SourceLine> lines = SourceLines.split("มาตรา ๔\u00A0\r\nห้ามมิให้\r\nเล่น\nวรรคสอง\n");
        assertThat(lines).extracting(SourceLine::text).containsExactly("มาตรา ๔ ห้ามมิให้ เล่น", "วรรคสอง");
    }

    @Test
    void countsEmptyLinesAndRecognisesTheRuleUnderATitle() {
        List<SourceLine> lines = SourceLines.split("ก\n\n\nชื่อ\n\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0 \n\u00A0\nข\n");
        assertThat(lines).extracting(SourceLine::text).containsExactly("ก", "ชื่อ", "", "", "ข");
        assertThat(lines.get(1).emptyBefore()).isEqualTo(2);
        assertThat(lines.get(2).rule()).isTrue();
        assertThat(lines.get(3).rule()).isFalse();
        assertThat(lines.get(3).blank()).isTrue();
    }

    @Test
    void aTextSavedWithCrLfEverywhereKeepsItsParagraphs() {
        List<SourceLine> lines = SourceLines.split("มาตรา ๑ ข้อความ\r\nวรรคสอง\r\n\r\nมาตรา ๒ ข้อความ\r\n");
        assertThat(lines).extracting(SourceLine::text).containsExactly("มาตรา ๑ ข้อความ", "วรรคสอง", "มาตรา ๒ ข้อความ");
        assertThat(lines.get(2).emptyBefore()).isEqualTo(1);
    }
}
