package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ThaiTextRepairTest {

    private final ThaiTextRepair repair = new ThaiTextRepair();

    private RepairedText text(String input) {
        return repair.repair(input, false);
    }

    private RepairedText pdf(String input) {
        return repair.repair(input, true);
    }

    @Test
    void repairsBothWaysAsEachRepairAloneWhateverTheLineEnds() {
        List<String> texts = List.of(
                "มาตรา ๑  \r\nบทบัญญัติ \u0E48แห่ง\u00A0กฎหมาย\t\r\n\r\n  \u0E49ต่อ\r\n",
                "ข้อ ๑\r  \u0E48ต่อ  \r\nจบ",
                "ข้อ ๑ \nน\u0E4D\u0E49\u0E32 \n",
                "\r\n",
                "");
        for (String input : texts) {
            for (boolean fromPdf : new boolean[] {false, true}) {
                ThaiTextRepair.Repairs both = repair.repairBothWays(input, fromPdf);

                assertThat(both.normalised()).as("normalised %s", input).isEqualTo(repair.repair(input, fromPdf));
                assertThat(both.keepingLayout()).as("layout kept %s", input)
                        .isEqualTo(repair.repairKeepingLayout(input, fromPdf));
            }
        }
    }

    @Test
    void joinsNikhahitAndSaraAaIntoSaraAm() {
        RepairedText result = text("บ\u0E4D\u0E32บัด");

        assertThat(result.text()).isEqualTo("บำบัด");
        assertThat(result.report().saraAmJoined()).isEqualTo(1);
    }

    @Test
    void joinsSaraAmAcrossToneMarkAndKeepsToneBeforeIt() {
        RepairedText result = text("น\u0E4D\u0E49\u0E32ท่วม");

        assertThat(result.text()).isEqualTo("น\u0E49\u0E33ท่วม").isEqualTo("น้ำท่วม");
        assertThat(result.report().saraAmJoined()).isEqualTo(1);
    }

    @Test
    void joinsSaraAmWhenToneMarkPrecedesNikhahit() {
        assertThat(text("ต\u0E48\u0E4D\u0E32").text()).isEqualTo("ต่ำ");
    }

    @Test
    void keepsPrecomposedSaraAmThroughNormalisation() {
        RepairedText result = text("น้ำ");

        assertThat(result.text()).isEqualTo("น\u0E49\u0E33");
        assertThat(result.report().total()).isZero();
    }

    @Test
    void rejectsNullTextWithAClearMessage() {
        assertThatThrownBy(() -> repair.repair(null, false)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text is null");
    }

    @Test
    void leavesNikhahitWithoutSaraAaAlone() {
        RepairedText result = text("สิงห\u0E4D");

        assertThat(result.text()).isEqualTo("สิงห\u0E4D");
        assertThat(result.report().saraAmJoined()).isZero();
    }

    @Test
    void mapsWindowsPuaShiftedToneMark() {
        RepairedText result = text("ด\uF70Bาน");

        assertThat(result.text()).isEqualTo("ด้าน");
        assertThat(result.report().puaMapped()).isEqualTo(1);
    }

    @Test
    void mapsPuaUpperVowelsLowerVowelsAndDescenderlessConsonants() {
        assertThat(text("ป\uF701ด").text()).isEqualTo("ปิด");
        assertThat(text("ป\uF710\uF713น").text()).isEqualTo("ปั่น");
        assertThat(text("\uF700\uF718").text()).isEqualTo("ฐุ");
        assertThat(text("\uF70Fา").text()).isEqualTo("ญา");
        assertThat(text("ฝ\uF70Eา").text()).isEqualTo("ฝ์า");
    }

    @Test
    void mapsApplePuaRange() {
        assertThat(text("ป\uF885ด ก\uF88Eอง").text()).isEqualTo("ปิด ก้อง");
    }

    @Test
    void mapsPuaNikhahitAndThenJoinsItIntoSaraAm() {
        RepairedText result = text("ท\uF711า");

        assertThat(result.text()).isEqualTo("ทำ");
        assertThat(result.report().puaMapped()).isEqualTo(1);
        assertThat(result.report().saraAmJoined()).isEqualTo(1);
    }

    @Test
    void keepsAndCountsPrivateUseCharactersWithoutThaiMeaning() {
        RepairedText result = text("ก\uE123ข");

        assertThat(result.text()).isEqualTo("ก\uE123ข");
        assertThat(result.report().puaUnmapped()).isEqualTo(1);
    }

    @Test
    void removesSpacesBeforeCombiningMarks() {
        RepairedText result = text("ถ ึง กรณ ีที่ ต \u0E49องการ");

        assertThat(result.text()).isEqualTo("ถึง กรณีที่ ต้องการ");
        assertThat(result.report().spacesBeforeMarksRemoved()).isEqualTo(3);
    }

    @Test
    void removesTabsBeforeCombiningMarksButNotLineBreaks() {
        assertThat(text("ก\t\u0E34น").text()).isEqualTo("กิน");
        assertThat(text("ก\n\u0E34น").text()).isEqualTo("ก\n\u0E34น");
        assertThat(text("ก\n  \u0E34น").text()).isEqualTo("ก\n  \u0E34น");
    }

    @Test
    void ordersToneAndLowerVowelCanonicallyAfterRemovingSpace() {
        assertThat(text("ป\u0E48 \u0E39").text()).isEqualTo("ป\u0E39\u0E48");
    }

    @Test
    void turnsNoBreakAndOtherSpecialSpacesIntoPlainSpaces() {
        RepairedText result = text("มาตรา\u00A0๑\u202Fก\u2007ข\u2009ค");

        assertThat(result.text()).isEqualTo("มาตรา ๑ ก ข ค");
        assertThat(result.report().nbspNormalised()).isEqualTo(4);
    }

    @Test
    void removesZeroWidthCharactersAndSoftHyphens() {
        RepairedText result = text("\uFEFFกฎ\u200Bหมาย\u200C\u200Dแพ่ง\u2060และ\u00ADพาณิชย์");

        assertThat(result.text()).isEqualTo("กฎหมายแพ่งและพาณิชย์");
        assertThat(result.report().zeroWidthRemoved()).isEqualTo(6);
    }

    @Test
    void normalisesCrLfAndLoneCrToLf() {
        RepairedText result = text("ก\r\nข\rค\nง");

        assertThat(result.text()).isEqualTo("ก\nข\nค\nง");
        assertThat(result.report().lineEndingsNormalised()).isEqualTo(2);
    }

    @Test
    void trimsTrailingSpacesOfEveryLineAndKeepsEmptyLines() {
        RepairedText result = text("มาตรา ๑  \t\n\n  มาตรา ๒ \u00A0");

        assertThat(result.text()).isEqualTo("มาตรา ๑\n\n  มาตรา ๒");
        assertThat(result.report().trailingSpacesTrimmed()).isEqualTo(2);
    }

    @Test
    void keepingLayoutLeavesLineEndsAndBlankRulesButRepairsTheRest() {
        RepairedText result = repair.repairKeepingLayout("มาตรา ๑  \r\nก \u0E48\r\n   \r\n", false);

        assertThat(result.text()).isEqualTo("มาตรา ๑  \r\nก\u0E48\r\n   \r\n");
        assertThat(result.report().spacesBeforeMarksRemoved()).isEqualTo(1);
        assertThat(result.report().total()).isEqualTo(1);
    }

    @Test
    void putsToneMarksAfterLowerVowelsAlsoAmongPunctuation() {
        assertThat(text("“ก\u0E48\u0E38” – ข").text()).isEqualTo("“ก\u0E38\u0E48” – ข");
    }

    @Test
    void keepsInnerSpacingThatTheStatuteParserReads() {
        assertThat(text("มาตรา ๑๔  กรรมการ").text()).isEqualTo("มาตรา ๑๔  กรรมการ");
    }

    @Test
    void removesGazetteRunningHeaderFromPdfText() {
        RepairedText result = pdf("""
                มาตรา ๑ ความเดิม
                หน้า ๑๒ เล่ม ๑๓๖ ตอนที่ ๖๙ ก ราชกิจจานุเบกษา ๒๗ พฤษภาคม ๒๕๖๒
                ต่อเนื่อง""");

        assertThat(result.text()).isEqualTo("มาตรา ๑ ความเดิม\nต่อเนื่อง");
        assertThat(result.report().gazetteHeaderLinesRemoved()).isEqualTo(1);
    }

    @Test
    void removesGazetteHeaderInOtherOrderWithArabicDigits() {
        assertThat(pdf("ก\nเล่ม 140 ตอนที่ 15 ก หน้า 9 ราชกิจจานุเบกษา 1 มีนาคม 2566\nข").text())
                .isEqualTo("ก\nข");
        assertThat(pdf("ก\nราชกิจจานุเบกษา ฉบับพิเศษ หน้า 3\nข").text()).isEqualTo("ก\nข");
    }

    @Test
    void removesFragmentedGazetteHeaderWithDetachedToneMarksAndSplitDigits() {
        assertThat(pdf("ก\n\u0E49 หนา 9 \u0E48 เลม 140\nข").text()).isEqualTo("ก\nข");
        assertThat(pdf("ก\nหน้า๑๒ เล่ม ๑๓ ๖\nข").text()).isEqualTo("ก\nข");
    }

    @Test
    void removesHeaderBrokenOverSeveralLinesButKeepsTitleYearBelowIt() {
        RepairedText result = pdf("ก\nเล่ม ๑๓๖ ตอนที่ ๖๙ ก หน้า ๕๒\nราชกิจจานุเบกษา\n\n๒๗ พฤษภาคม ๒๕๖๒\nพ.ศ. ๒๕๖๒\nข");

        assertThat(result.text()).isEqualTo("ก\n\nพ.ศ. ๒๕๖๒\nข");
        assertThat(result.report().gazetteHeaderLinesRemoved()).isEqualTo(3);
    }

    @Test
    void keepsHeaderFragmentsThatStandAwayFromAHeader() {
        String text = "ประกาศใน\nราชกิจจานุเบกษา\nให้ไว้ ณ วันที่\n๒๗ พฤษภาคม ๒๕๖๒\nเป็นปีที่ ๗๔";

        assertThat(pdf(text).text()).isEqualTo(text);
    }

    @Test
    void removesPageNumberOnlyLinesFromPdfText() {
        RepairedText result = pdf("ก\n๑๒\nข\n- 13 -\nค\nหน้า ๑๔\nง");

        assertThat(result.text()).isEqualTo("ก\nข\nค\nง");
        assertThat(result.report().pageNumberLinesRemoved()).isEqualTo(3);
    }

    @Test
    void keepsGazetteCitationsInKrisdikaText() {
        String footnote = "[๑] ราชกิจจานุเบกษา เล่ม ๕๙/ตอนที่ ๖/หน้า ๒๕๘/๒๗ มกราคม ๒๔๘๕\n๑๒";

        assertThat(text(footnote).text()).isEqualTo(footnote);
        assertThat(text("หน้า ๑๒ เล่ม ๑๓๖ ตอนที่ ๖๙ ก ราชกิจจานุเบกษา").report().total()).isZero();
    }

    @Test
    void keepsPdfLinesThatMentionTheGazetteInASentence() {
        String sentence = "ให้ประกาศในราชกิจจานุเบกษา ภายใน ๓๐ วัน";

        assertThat(pdf(sentence).text()).isEqualTo(sentence);
        assertThat(pdf("ตอนที่ ๒ บททั่วไป").text()).isEqualTo("ตอนที่ ๒ บททั่วไป");
        assertThat(pdf("(๑๒)").text()).isEqualTo("(๑๒)");
        assertThat(pdf("๑.\nข้อความ").text()).isEqualTo("๑.\nข้อความ");
    }

    @Test
    void countsEveryRepairInTheTotal() {
        RepairedText result = pdf("ค\u0E4D\u0E32\u00A0ด\uF70Bาน\u200B \r\n๓\n");

        assertThat(result.text()).isEqualTo("คำ ด้าน\n");
        assertThat(result.report().total()).isEqualTo(7);
    }
}
