package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiWordSegmenterTest {

    private final ThaiWordSegmenter segmenter = new ThaiWordSegmenter();

    /**
     * The segmenter cuts the text at white space and segments (and remembers) each run apart; the tokens must be
     * those of the JDK word breaker run over the whole text, also where a mark follows a space and so belongs to it.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "ผู้ขออนุญาตต้องยื่นคำขอ  ต่อนายทะเบียน\nภายในกำหนดเวลา",
        "กฎหมาย\r\nว่าด้วยการ ทะเบียนราษฎร และพนักงาน เจ้าหน้าที่",
        "ตรวจหาเชื้อโรคบรูเซลลา\nและโรคอื่น",
        "สารอนินทรียวัตถุ ที่ใช้",
        "นาย ่ทะเบียน อาจ \u0E34ขยาย\tเวลา",
        "  \u0E48ผู้รับ  ใบอนุญาต\n\n\u0E37ต้องแสดง ",
        "เจ้าพนักงาน\u00A0ท้องถิ่น ตรวจ\u200Bสอบ",
        "",
        "   ",
    })
    void runsBetweenWhiteSpaceGiveTheTokensOfTheWholeText(String text) {
        List<String> first = new ArrayList<>();
        segmenter.addWords(text, first);
        List<String> again = new ArrayList<>();
        segmenter.addWords(text, again);

        assertThat(first).isEqualTo(wholeText(text));
        assertThat(again).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(ints = {ThaiWordSegmenter.CACHED_RUN_LENGTH - 1, ThaiWordSegmenter.CACHED_RUN_LENGTH + 1})
    void runsLongerThanTheCachedLengthAreSegmentedAlike(int length) {
        String run = "ผู้ขออนุญาตต้องยื่นคำขอต่อนายทะเบียนภายในกำหนดเวลา".repeat(5).substring(0, length);
        List<String> tokens = new ArrayList<>();
        segmenter.addWords(run + " " + run, tokens);

        List<String> expected = new ArrayList<>(wholeText(run));
        expected.addAll(wholeText(run));
        assertThat(tokens).isEqualTo(expected);
    }

    /**
     * The JDK word breaker over the whole text, trimmed as the segmenter trims, wrong cuts re-cut and compounds
     * re-assembled.
     */
    private static List<String> wholeText(String text) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(text);
        List<String> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String token = text.substring(start, end).replaceAll("^[^\\p{L}\\p{M}\\p{N}]+|[^\\p{L}\\p{M}\\p{N}]+$", "");
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        List<String> withCompounds = new ArrayList<>();
        LegalCompounds.fromClasspath().addWithCompounds(SegmentationFixes.fromClasspath().apply(tokens), withCompounds);
        return withCompounds;
    }
}
