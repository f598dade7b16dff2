package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void marksWordsInTheOriginalTextIncludingThaiDigits() {
        List<String> out = Highlighter.highlight("ผู้ใดเลี้ยงผึ้งเกิน ๑๐ รัง ต้องขออนุญาต", List.of("ผึ้ง", "10"), 2);
        assertThat(out).singleElement().isEqualTo("ผู้ใดเลี้ยง<em>ผึ้ง</em>เกิน <em>๑๐</em> รัง ต้องขออนุญาต");
    }

    @Test
    void escapesHtmlAndShowsTheOpeningWithoutAMatch() {
        assertThat(Highlighter.highlight("a < b & c", List.of("zz"), 2)).containsExactly("a &lt; b &amp; c");
    }

    @Test
    void picksThePassageWithTheMostDistinctWordsFromALongText() {
        String text = "ผึ้ง " + "ข้อความ ".repeat(60) + "ผึ้ง รัง น้ำผึ้ง " + "ข้อความ ".repeat(60);
        List<String> out = Highlighter.highlight(text, List.of("ผึ้ง", "รัง"), 1);
        assertThat(out).singleElement().asString().contains("<em>ผึ้ง</em> <em>รัง</em>").startsWith("…").endsWith("…");
    }

    @Test
    void foldsLettersOfOtherScriptsAsLowerCaseWithoutMovingOffsets() {
        assertThat(Highlighter.fold("Éโรงเรียน ABC ๑๒")).isEqualTo("éโรงเรียน abc 12");
        assertThat(Highlighter.highlight("École ๑๒ แห่ง", List.of("école", "12"), 1))
                .containsExactly("<em>École</em> <em>๑๒</em> แห่ง");
    }

    @Test
    void keepsPunctuationOfOtherScriptsAndStillFoldsLettersAfterIt() {
        assertThat(Highlighter.fold("“ค่าจ้าง”… ๕ วัน")).isEqualTo("“ค่าจ้าง”… 5 วัน");
        assertThat(Highlighter.fold("“Éa” ๕")).isEqualTo("“éa” 5");
    }

    @Test
    void findsThaiWordsInTheTextAsItIsAndFoldsOnlyForWordsWithDigitsOrOtherScripts() {
        assertThat(Highlighter.foldFixed("ค่าจ้าง")).isTrue();
        assertThat(Highlighter.foldFixed("มาตรา7")).isFalse();
        assertThat(Highlighter.foldFixed("école")).isFalse();
        assertThat(Highlighter.highlight("ABC ค่าจ้าง ๗ วัน", List.of("ค่าจ้าง", "abc", "7"), 1))
                .containsExactly("<em>ABC</em> <em>ค่าจ้าง</em> <em>๗</em> วัน");
    }
}
