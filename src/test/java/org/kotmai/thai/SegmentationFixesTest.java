package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmentationFixesTest {

    private final ThaiAnalyzer analyzer = ThaiAnalyzer.createDefault();

    @Test
    void aRareWordMadeOfAWordAndTheNextOnesFirstLetterGivesWayToTheCommonReading() {
        assertThat(analyzer.tokens("ผู้ใดมีความผิดต้องระวางโทษ"))
                .contains("มี", "ความผิด", "ความ", "ผิด")
                .doesNotContain("มีค", "วาม");
    }

    @Test
    void threePiecesAreReCutAsTheTwoWordsMeant() {
        assertThat(analyzer.tokens("ให้ปฏิบัติตามประกาศกระทรวงนี้"))
                .containsSequence("ประกาศ", "กระทรวง")
                .doesNotContain("ประกาศก", "ระ", "ทรวง");
        assertThat(analyzer.tokens("เจ้าหน้าที่ประสานงานกลางของกรม")).containsSequence("ประสานงาน", "กลาง");
    }

    @Test
    void twoWordsGluedIntoARareOneAreParted() {
        assertThat(analyzer.tokens("ผู้ตรวจมีหน้าที่ตรวจสอบบัญชี"))
                .containsSequence("มี", "หน้าที่")
                .doesNotContain("มีหน้า");
    }

    @Test
    void aWordsLastLetterSplitOffIsJoinedBack() {
        assertThat(analyzer.tokens("ให้หน่วยงานจัดจ้างผู้รับเหมา"))
                .containsSequence("จัด", "จ้าง")
                .doesNotContain("จัดจ้า", "ง");
    }

    @Test
    void aThreePieceFixWinsOverAPairFixInsideIt() {
        SegmentationFixes fixes = SegmentationFixes.parse("ผิดก|ฎ\tผิด|กฎ\nผิดก|ฎ|หมาย\tผิด|กฎหมาย\n");

        assertThat(fixes.apply(List.of("ทำ", "ผิดก", "ฎ", "หมาย"))).containsExactly("ทำ", "ผิด", "กฎหมาย");
        assertThat(fixes.apply(List.of("ผิดก", "ฎ", "กระทรวง"))).containsExactly("ผิด", "กฎ", "กระทรวง");
    }

    @Test
    void piecesOutsideTheListStayAsCut() {
        SegmentationFixes fixes = SegmentationFixes.parse("# comment\nมีค|วาม\tมี|ความ\n");
        List<String> pieces = List.of("มีค", "ม", "วาม");

        assertThat(fixes.apply(pieces)).isSameAs(pieces);
    }

    @Test
    void aLineThatDoesNotSpellTheSameTextIsRefusedByName() {
        assertThatThrownBy(() -> SegmentationFixes.parse("มีค|วาม\tมี|ความผิด"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'มีค|วาม\tมี|ความผิด'")
                .hasMessageContaining(SegmentationFixes.RESOURCE);
        assertThatThrownBy(() -> SegmentationFixes.parse("มีความ\tมี|ความ"))
                .hasMessageContaining("two or three pieces");
        assertThatThrownBy(() -> SegmentationFixes.parse("มี|ความ\tมี|ความ"))
                .hasMessageContaining("other pieces");
    }

    @Test
    void everyShippedFixIsReadAndRecutsWhatItNames() {
        for (String line : new ThaiResourceLines(SegmentationFixes.RESOURCE).lines()) {
            String[] columns = line.split("\t");
            List<String> cut = List.of(columns[0].split("\\|"));
            List<String> meant = List.of(columns[1].split("\\|"));

            assertThat(SegmentationFixes.fromClasspath().apply(cut)).as(line).isEqualTo(meant);
        }
    }
}
