package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ThaiAbbreviationsTest {

    private final ThaiTextRepair repair = new ThaiTextRepair();
    private final ThaiWordSegmenter segmenter = new ThaiWordSegmenter();
    private final ThaiAbbreviations abbreviations = new ThaiAbbreviations(repair, segmenter);
    private final ThaiAnalyzer analyzer = new ThaiAnalyzer(repair, segmenter, abbreviations);

    @Test
    void loadsTheShippedDictionary() {
        assertThat(abbreviations.size()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void expandsAbbreviationTokenIntoSegmentedExpansion() {
        assertThat(abbreviations.expand(List.of("ปพพ", "มาตรา", "4")))
                .containsExactly("ปพพ", "มาตรา", "4", "ประมวลกฎหมาย", "แพ่ง", "และ", "พาณิชย์");
    }

    @Test
    void expandsNicknameFoundAsTokenRun() {
        List<String> expanded = abbreviations.expand(analyzer.tokens("ลาป่วยตามกฎหมายแรงงาน"));

        assertThat(expanded).containsSubsequence("พระราชบัญญัติ", "คุ้มครอง", "แรงงาน");
    }

    @Test
    void expandsLatinNicknameCaseInsensitively() {
        assertThat(analyzer.queryTokens("PDPA มาตรา 26")).startsWith("pdpa", "มาตรา", "26")
                .contains("ข้อมูล", "บุคคล");
    }

    @Test
    void addsEachExpansionOnce() {
        List<String> expanded = abbreviations.expand(List.of("พรบ", "พรบ"));

        assertThat(expanded).containsExactly("พรบ", "พรบ", "พระราชบัญญัติ");
    }

    @Test
    void leavesTokensWithoutDictionaryEntryAsTheyAre() {
        assertThat(abbreviations.expand(List.of("ต้นไม้", "ริมน้ำ"))).containsExactly("ต้นไม้", "ริมน้ำ");
    }

    @Test
    void replacesDictionaryAtRuntime() {
        abbreviations.replace("abbr\tส.ค.ส.|สคส\tส่งความสุข\n", "upload.tsv");

        assertThat(abbreviations.size()).isEqualTo(1);
        assertThat(analyzer.tokens("ส.ค.ส. และ พ.ร.บ.")).startsWith("สคส", "และ").doesNotContain("พรบ");
        assertThat(abbreviations.expand(List.of("สคส"))).containsExactly("สคส", "ส่ง", "ความ", "สุข");
    }

    @Test
    void keepsPreviousDictionaryWhenReplacementIsBroken() {
        assertThatThrownBy(() -> abbreviations.replace("abbr\tส.ค.ส.\tส่งความสุข\nabbr\tพ.ร.บ.\n", "upload.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("upload.tsv line 2:");

        assertThat(analyzer.tokens("พ.ร.บ.")).containsExactly("พรบ");
    }

    @Test
    void findsLongSynonymsInsideWordsTheSegmenterGluedButNotShortOnes() {
        abbreviations.replace("syn\tใส่ร้าย\tหมิ่นประมาท\nsyn\tลูก\tบุตร\n", "test.tsv");

        assertThat(abbreviations.expand(List.of("โพ", "สต์ใส่ร้าย"), "โพสต์ใส่ร้าย")).contains("หมิ่นประมาท");
        assertThat(abbreviations.expand(List.of("ลูกจ้าง"), "ลูกจ้าง")).containsExactly("ลูกจ้าง");
        assertThat(abbreviations.expand(List.of("ลูก"), "ลูก")).containsExactly("ลูก", "บุตร");
    }

    @Test
    void namesTheEverydayWordsASynonymStandsInForButNotWordsItKeeps() {
        abbreviations.replace("syn\tเงินเดือน\tค่าจ้าง\nsyn\tที่ดิน\tที่ดิน อสังหาริมทรัพย์\nalias\tกม.แพะ\tพระราชบัญญัติแพะ\n",
                "test.tsv");

        assertThat(abbreviations.everydayWords(List.of("จ่าย", "เงินเดือน", "ที่ดิน"), "จ่ายเงินเดือนที่ดิน"))
                .containsExactly("เงินเดือน");
        assertThat(abbreviations.everydayWords(List.of("กม", "แพะ"), "กมแพะ")).isEmpty();
    }
}
