package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiCitationsTest {

    private static ThaiCitations.Found find(String text) {
        return ThaiCitations.find(text);
    }

    @Test
    void readsSectionWordWithThaiDigitsAndSuffix() {
        assertThat(find("มาตรา ๔ ทวิ พ.ร.บ.ทดสอบ").references()).singleElement()
                .satisfies(r -> assertThat(r.numbers()).containsExactly("4 ทวิ"));
    }

    @Test
    void readsAbbreviatedSectionWithSlashAndWithoutDot() {
        assertThat(find("ม.77/1 ประมวลรัษฎากร").references().get(0).numbers()).containsExactly("77/1");
        assertThat(find("พรบคอม ม14").references().get(0).numbers()).containsExactly("14");
        assertThat(find("ปพพ.ม.4").references().get(0).numbers()).containsExactly("4");
        assertThat(find("มาตรา ๖๕ อัฏฐ/๑").references().get(0).numbers()).containsExactly("65 อัฏฐ/1");
    }

    @Test
    void doesNotTakeAWordEndingInMoMaForASectionMark() {
        assertThat(find("ภาษีมูลค่าเพิม 7%").references()).isEmpty();
        assertThat(find("ข้อยกเว้นการละเมิด").references()).isEmpty();
    }

    @Test
    void readsListsOfSectionsAndEnglishShapes() {
        assertThat(find("มาตรา 32 และ 57").references().get(0).numbers()).containsExactly("32", "57");
        assertThat(find("section 22 of the Cybersecurity Act").references().get(0).numbers()).containsExactly("22");
        assertThat(find("s. 4 bis").references().get(0).numbers()).containsExactly("4 ทวิ");
        assertThat(find("ข้อ ๑๒ แห่งระเบียบ").references().get(0).numbers()).containsExactly("12");
    }

    @Test
    void readsMarkedAndBareYearsInEitherEra() {
        assertThat(find("พ.ร.บ.ลิขสิทธิ์ พ.ศ. ๒๕๓๗").years()).singleElement()
                .satisfies(y -> assertThat(y.yearBe()).isEqualTo(2537)).satisfies(y -> assertThat(y.marked()).isTrue());
        assertThat(find("กฎหมายลิขสิทธิ์ 1994").years().get(0).yearBe()).isEqualTo(2537);
        assertThat(find("Act B.E. 2562").years().get(0).yearBe()).isEqualTo(2562);
        assertThat(find("ค.ศ. 2019").years().get(0).yearBe()).isEqualTo(2562);
    }

    @Test
    void aSectionNumberIsNeverAYear() {
        ThaiCitations.Found found = find("มาตรา 1629 ปพพ");
        assertThat(found.years()).isEmpty();
        assertThat(found.references().get(0).numbers()).containsExactly("1629");
        assertThat(find("ม.2000").years()).isEmpty();
    }

    @Test
    void remainderDropsReferencesAndYears() {
        assertThat(find("พ.ร.บ.คอมพิวเตอร์ 2007 มาตรา 14").remainder()).isEqualTo("พ.ร.บ.คอมพิวเตอร์");
        assertThat(find("มาตรา 1629 ปพพ   ทายาท").remainder()).isEqualTo("ปพพ ทายาท");
    }
}
