package org.kotmai.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kotmai.thai.ThaiLegalReferences;

class LawTitlesTest {

    private final LawTitles titles = new LawTitles(List.of(
            new LawTitles.Law("act-2500-ผึ้ง", "พระราชบัญญัติผึ้ง พ.ศ. 2500", 2500),
            new LawTitles.Law("act-2560-ผึ้ง", "พระราชบัญญัติผึ้ง พ.ศ. 2560", 2560),
            new LawTitles.Law("code-อาญา", "ประมวลกฎหมายอาญา", 2499),
            new LawTitles.Law("code-อาญาทหาร", "ประมวลกฎหมายอาญาทหาร", 2454)));

    private String resolve(String cited, Integer year) {
        return titles.resolve(ThaiLegalReferences.titleKey(cited), year);
    }

    @Test
    void citationWithYearResolvesToTheLawOfThatYear() {
        assertThat(resolve("พระราชบัญญัติผึ้ง", 2500)).isEqualTo("act-2500-ผึ้ง");
        assertThat(resolve("พระราชบัญญัติ ผึ้ง", 2560)).isEqualTo("act-2560-ผึ้ง");
        assertThat(resolve("พระราชบัญญัติผึ้ง", 2511)).as("a year the catalog lacks").isNull();
    }

    @Test
    void citationWithoutYearResolvesToTheLongestFittingTitleOrTheLatestLaw() {
        assertThat(resolve("ประมวลกฎหมายอาญาทหารมาใช้บังคับ", null)).isEqualTo("code-อาญาทหาร");
        assertThat(resolve("ประมวลกฎหมายอาญาและ", null)).isEqualTo("code-อาญา");
        assertThat(resolve("พระราชบัญญัติผึ้ง", null)).isEqualTo("act-2560-ผึ้ง");
        assertThat(resolve("พระราชบัญญัติผึ้งหลวง", null)).isNull();
    }
}
