package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThaiAnalyzerTest {

    private final ThaiAnalyzer analyzer = ThaiAnalyzer.createDefault();

    @Test
    void segmentsThaiWordsWithoutSpaces() {
        assertThat(analyzer.tokens("ศาลวินิจฉัยว่าสัญญาเป็นโมฆะ"))
                .containsExactly("ศาล", "วินิจฉัย", "ว่า", "สัญญา", "เป็น", "โมฆะ");
    }

    @Test
    void putsLegalCompoundInFrontOfThePiecesTheSegmenterCutsItInto() {
        assertThat(analyzer.tokens("พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล"))
                .containsExactly("พระราชบัญญัติ", "คุ้มครอง", "ข้อมูลส่วนบุคคล", "ข้อมูล", "ส่วน", "บุคคล");
    }

    @Test
    void keepsDottedAndUndottedAbbreviationAsOneCanonicalToken() {
        assertThat(analyzer.tokens("พ.ร.บ.คอมพิวเตอร์")).containsExactly("พรบ", "คอมพิวเตอร์");
        assertThat(analyzer.tokens("พรบ คอมพิวเตอร์")).containsExactly("พรบ", "คอมพิวเตอร์");
        assertThat(analyzer.tokens("ตามพ.ร.บ.นี้")).containsExactly("ตาม", "พรบ", "นี้");
    }

    @Test
    void keepsCodeAbbreviationsWhole() {
        assertThat(analyzer.tokens("ป.วิ.พ. และ ป.พ.พ. กับ ปพพ")).containsExactly("ปวิพ", "และ", "ปพพ", "กับ", "ปพพ");
        assertThat(analyzer.tokens("ป.อ. ม. 334")).containsExactly("ปอ", "ม", "334");
    }

    @Test
    void keepsBuddhistEraMarkerAndConvertsThaiDigits() {
        assertThat(analyzer.tokens("พ.ศ. ๒๕๖๒")).containsExactly("พศ", "2562");
    }

    @Test
    void readsSectionAbbreviationOnlyBeforeANumber() {
        assertThat(analyzer.tokens("ม.22")).containsExactly("ม", "22");
        assertThat(analyzer.tokens("ตาม.")).containsExactly("ตาม");
    }

    @Test
    void keepsEtceteraMarkAndDropsRepetitionMark() {
        assertThat(analyzer.tokens("เงินทองฯลฯ")).contains("ฯลฯ");
        assertThat(analyzer.tokens("ต่าง ๆ")).containsExactly("ต่าง");
    }

    @Test
    void dropsThousandsSeparatorsButKeepsDecimals() {
        assertThat(analyzer.tokens("ปรับไม่เกิน ๒๐,๐๐๐ บาท อัตรา 1.5")).containsSubsequence("20000", "บาท", "1.5");
        assertThat(analyzer.tokens("1,000,000.50")).containsExactly("1000000.50");
    }

    @Test
    void lowercasesLatinAndDropsPunctuation() {
        assertThat(analyzer.tokens("PDPA, (GDPR) “คำ” !")).containsExactly("pdpa", "gdpr", "คำ");
    }

    @Test
    void repairsTextBeforeAnalysis() {
        assertThat(analyzer.tokens("ด\uF70Bาน")).isEqualTo(analyzer.tokens("ด้าน"));
        assertThat(analyzer.tokens("อ\u0E4D\u0E32นาจ")).isEqualTo(analyzer.tokens("อำนาจ"));
    }

    @Test
    void indexFormJoinsTokensWithSingleSpacesAndMatchesQueryForm() {
        String document = "มาตรา ๗๐/๑  แห่งพ.ร.บ.นี้";

        assertThat(analyzer.analyzedForIndex(document)).isEqualTo("มาตรา 70 1 แห่ง พรบ นี้");
        assertThat(analyzer.analyzedForIndex("มาตรา 70/1 แห่ง พรบ. นี้")).isEqualTo(analyzer.analyzedForIndex(document));
    }

    @Test
    void expandsQueryAbbreviationsAfterTheOriginalTokens() {
        assertThat(analyzer.queryTokens("พ.ร.บ. คอมพิวเตอร์"))
                .startsWith("พรบ", "คอมพิวเตอร์")
                .contains("พระราชบัญญัติ", "ว่า", "ด้วย");
    }

    @Test
    void buildsBigramsOverThaiRunsIgnoringSpaces() {
        assertThat(analyzer.charNgrams("กฎ หมาย", 2)).containsExactly("กฎ", "ฎห", "หม", "มา", "าย");
    }

    @Test
    void buildsTrigramsAndStopsRunsAtDigitsAndLatin() {
        assertThat(analyzer.charNgrams("ภาษี๑๒VATอากร", 3)).containsExactly("ภาษ", "าษี", "อาก", "ากร");
    }

    @Test
    void returnsRunShorterThanNWhole() {
        assertThat(analyzer.charNgrams("ก 1 ขค", 3)).containsExactly("ก", "ขค");
    }

    @Test
    void joinsNgramsWithSingleSpacesForTheIndex() {
        assertThat(analyzer.ngramsForIndex("น\u0E4D\u0E32 ท่วม", 2)).isEqualTo("นำ ำท ท่ ่ว วม");
    }

    @Test
    void rejectsNgramSizeBelowOne() {
        assertThatThrownBy(() -> analyzer.charNgrams("ก", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n must be at least 1");
    }

    @Test
    void compactKeyIgnoresDotsSpacesDigitScriptAndCase() {
        assertThat(analyzer.compactKey("พ.ร.บ. ลิขสิทธิ์ พ.ศ. ๒๕๓๗")).isEqualTo("พรบลิขสิทธิ์พศ2537");
        assertThat(analyzer.compactKey("พรบลิขสิทธิ์ พศ2537")).isEqualTo("พรบลิขสิทธิ์พศ2537");
        assertThat(analyzer.compactKey("Copyright  Act, B.E.")).isEqualTo("copyrightactbe");
        assertThat(analyzer.compactKey("กรุงเทพฯ")).isEqualTo("กรุงเทพ");
    }

    @Test
    void readsPercentSignAsTheWordLawsUse() {
        assertThat(analyzer.tokens("ภาษี 7%")).isEqualTo(analyzer.tokens("ภาษี 7 ร้อยละ")).contains("7", "ร้อย", "ละ");
    }
}
