package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kotmai.thai.ThaiLegalReferences.Effect;
import org.kotmai.thai.ThaiLegalReferences.Reference;

class ThaiLegalReferencesTest {

    private static List<Reference> find(String text) {
        return ThaiLegalReferences.find(text);
    }

    @Test
    void sectionOfTheSameLawWithOrdinalSuffix() {
        assertThat(find("ผู้ใดฝ่าฝืนมาตรา ๙ ทวิ ต้องระวางโทษปรับ")).singleElement().satisfies(r -> {
            assertThat(r.provisions()).containsExactly("9 ทวิ");
            assertThat(r.law()).isNull();
            assertThat(r.effect()).isEqualTo(Effect.CITES);
            assertThat(r.evidence()).endsWith("มาตรา 9 ทวิ");
        });
    }

    @Test
    void sectionGluedToThePrecedingWordAndSlashNumbers() {
        assertThat(find("ให้นำความตามมาตรา ๗๗/๑ มาใช้บังคับ")).singleElement()
                .satisfies(r -> assertThat(r.provisions()).containsExactly("77/1"));
        assertThat(find("ตามข้อ ๑๒ (๓)")).singleElement().satisfies(r -> {
            assertThat(r.provisions()).containsExactly("12");
            assertThat(r.item()).isEqualTo("3");
        });
    }

    @Test
    void listsAndRangesOfSections() {
        assertThat(find("ตามมาตรา ๕ มาตรา ๖ และมาตรา ๘").get(0).provisions()).containsExactly("5", "6", "8");
        assertThat(find("ตามมาตรา ๑๐ ถึงมาตรา ๑๓").get(0).provisions()).containsExactly("10", "11", "12", "13");
        assertThat(find("มาตรา ๓๒ หรือ ๕๗").get(0).provisions()).containsExactly("32", "57");
    }

    @Test
    void paragraphOfASectionAndParagraphOfTheSameSection() {
        assertThat(find("ตามมาตรา ๑๔ วรรคสอง")).singleElement().satisfies(r -> {
            assertThat(r.provisions()).containsExactly("14");
            assertThat(r.paragraph()).isEqualTo(2);
        });
        assertThat(find("คำขอตามวรรคหนึ่งให้ยื่นภายในสามสิบวัน")).singleElement().satisfies(r -> {
            assertThat(r.provisions()).isEmpty();
            assertThat(r.paragraph()).isEqualTo(1);
            assertThat(r.law()).isNull();
        });
    }

    @Test
    void itemOfTheSameSection() {
        assertThat(find("ผู้ได้รับอนุญาตตาม (๒) ต้องแจ้ง")).singleElement().satisfies(r -> {
            assertThat(r.item()).isEqualTo("2");
            assertThat(r.provisions()).isEmpty();
        });
        assertThat(find("(๑) ผู้เยาว์\n(๒) คนไร้ความสามารถ")).as("items of a list are not references").isEmpty();
    }

    @Test
    void sectionOfAnotherActWithItsYear() {
        assertThat(find("ให้นำมาตรา ๒๒ แห่งพระราชบัญญัติการเลี้ยงผึ้ง พ.ศ. ๒๕๕๐ มาใช้บังคับ")).singleElement()
                .satisfies(r -> {
                    assertThat(r.provisions()).containsExactly("22");
                    assertThat(r.law()).isEqualTo("พระราชบัญญัติการเลี้ยงผึ้ง");
                    assertThat(r.lawYearBe()).isEqualTo(2550);
                });
    }

    @Test
    void sectionOfACodeWithoutYear() {
        assertThat(find("ตามมาตรา ๔๒๐ แห่งประมวลกฎหมายแพ่งและพาณิชย์")).singleElement().satisfies(r -> {
            assertThat(r.provisions()).containsExactly("420");
            assertThat(r.law()).isEqualTo("ประมวลกฎหมายแพ่งและพาณิชย์");
            assertThat(r.lawYearBe()).isNull();
        });
    }

    @Test
    void wholeLawsNamedInTheText() {
        List<Reference> refs = find("ผู้ประกอบการตามพระราชบัญญัติโรงงานผึ้ง (ฉบับที่ ๒) พ.ศ. ๒๕๖๑ "
                + "และผู้กระทำความผิดตามประมวลกฎหมายอาญา");
        assertThat(refs).extracting(Reference::law)
                .containsExactly("พระราชบัญญัติโรงงานผึ้ง (ฉบับที่ 2)", "ประมวลกฎหมายอาญา");
        assertThat(refs.get(0).lawYearBe()).isEqualTo(2561);
    }

    @Test
    void yearlessNamesAreCutWhereTheSentenceGoesOnAndOldYearWordsRead() {
        assertThat(find("ให้นำประมวลกฎหมายวิธีพิจารณาความแพ่งมาใช้บังคับโดยอนุโลม")).singleElement()
                .satisfies(r -> assertThat(r.law()).isEqualTo("ประมวลกฎหมายวิธีพิจารณาความแพ่ง"));
        assertThat(find("ตามพระธรรมนูญ ศาลผึ้ง")).as("an instrument word alone names no law").isEmpty();
        assertThat(find("ตามพระราชบัญญัติผึ้งหลวง พระพุทธศักราช ๒๔๖๙")).singleElement().satisfies(r -> {
            assertThat(r.law()).isEqualTo("พระราชบัญญัติผึ้งหลวง");
            assertThat(r.lawYearBe()).isEqualTo(2469);
        });
        assertThat(find("ตามพระราชบัญญัติว่าด้วยผึ้งหลวง พ.ศ. ๒๕๓๔")).singleElement()
                .satisfies(r -> assertThat(r.law()).isEqualTo("พระราชบัญญัติว่าด้วยผึ้งหลวง"));
    }

    @Test
    void thisActAndAnaphoraAreNotOtherLaws() {
        assertThat(find("ตามมาตรา ๕ แห่งพระราชบัญญัตินี้")).singleElement()
                .satisfies(r -> assertThat(r.law()).isNull());
        assertThat(find("มาตรา ๕ แห่งพระราชบัญญัติดังกล่าว")).isEmpty();
        assertThat(find("ตามมาตรา ๕ แห่งกฎหมายว่าด้วยการผึ้ง")).isEmpty();
        assertThat(find("ให้ใช้พระราชบัญญัตินี้ตั้งแต่วันถัดจากวันประกาศ พ.ศ. ๒๕๖๐")).isEmpty();
    }

    @Test
    void repealListOfActs() {
        List<Reference> refs = find("ให้ยกเลิก\n(๑) พระราชบัญญัติผึ้ง พ.ศ. ๒๔๙๐\n(๒) พระราชบัญญัติผึ้ง (ฉบับที่ ๒) "
                + "พ.ศ. ๒๕๐๕");
        assertThat(refs).extracting(Reference::effect).containsExactly(Effect.REPEALS, Effect.REPEALS);
        assertThat(refs).extracting(Reference::lawYearBe).containsExactly(2490, 2505);
    }

    @Test
    void repealOfOneActGluedToTheFormula() {
        assertThat(find("ให้ยกเลิกพระราชบัญญัติรังผึ้ง พ.ศ. ๒๕๑๐")).singleElement()
                .satisfies(r -> assertThat(r.effect()).isEqualTo(Effect.REPEALS));
    }

    @Test
    void replacingTheWordsOfAnotherActAmendsIt() {
        assertThat(find("ให้ยกเลิกความในมาตรา ๗ แห่งพระราชบัญญัติรังผึ้ง พ.ศ. ๒๕๑๐ และให้ใช้ความต่อไปนี้แทน"))
                .singleElement().satisfies(r -> {
                    assertThat(r.effect()).isEqualTo(Effect.AMENDS);
                    assertThat(r.provisions()).containsExactly("7");
                });
    }

    @Test
    void revokingALicenceUnderASectionIsNotARepeal() {
        assertThat(find("ให้ยกเลิกใบอนุญาตตามมาตรา ๑๒ แห่งพระราชบัญญัติรังผึ้ง พ.ศ. ๒๕๑๐")).singleElement()
                .satisfies(r -> assertThat(r.effect()).isEqualTo(Effect.CITES));
    }

    @Test
    void arabicAndThaiDigitsReadAlike() {
        assertThat(find("มาตรา 22 แห่งพระราชบัญญัติการเลี้ยงผึ้ง พ.ศ. 2550").get(0))
                .usingRecursiveComparison().ignoringFields("evidence")
                .isEqualTo(find("มาตรา ๒๒ แห่งพระราชบัญญัติการเลี้ยงผึ้ง พ.ศ. ๒๕๕๐").get(0));
    }

    @Test
    void titleKeysIgnoreSpacingDigitsYearAndConsolidationNote() {
        assertThat(ThaiLegalReferences.titleKey("พระราชบัญญัติไพ่ พุทธศักราช ๒๔๘๖"))
                .isEqualTo(ThaiLegalReferences.titleKey("พระราชบัญญัติไพ่  พุทธศักราช 2486 (ฉบับ Update ล่าสุด)"))
                .isEqualTo("พระราชบัญญัติไพ่");
        assertThat(ThaiLegalReferences.titleKey("พระราชบัญญัติผึ้ง (ฉบับที่ ๒) พ.ศ. ๒๕๐๕"))
                .isEqualTo("พระราชบัญญัติผึ้ง(ฉบับที่2)");
        assertThat(ThaiLegalReferences.titleYear("พระราชบัญญัติไพ่ พุทธศักราช ๒๔๘๖")).isEqualTo(2486);
        assertThat(ThaiLegalReferences.titleYear("ประมวลกฎหมายอาญา")).isNull();
    }

    @Test
    void amendingActTitlesNameTheLawTheyAmend() {
        assertThat(ThaiLegalReferences.amendedByTitle("พระราชบัญญัติผึ้ง (ฉบับที่ ๒) พ.ศ. ๒๕๐๕"))
                .isEqualTo("พระราชบัญญัติผึ้ง");
        assertThat(ThaiLegalReferences.amendedByTitle("พระราชบัญญัติแก้ไขเพิ่มเติมประมวลกฎหมายอาญา (ฉบับที่ ๕) "
                + "พ.ศ. ๒๕๒๕")).isEqualTo("ประมวลกฎหมายอาญา");
        assertThat(ThaiLegalReferences.amendedByTitle("พระราชบัญญัติแก้ไขเพิ่มเติมพระราชบัญญัติผึ้ง พุทธศักราช ๒๔๘๐ "
                + "พ.ศ. ๒๔๙๐")).isEqualTo("พระราชบัญญัติผึ้ง");
        assertThat(ThaiLegalReferences.amendedByTitle("พระราชบัญญัติผึ้ง พ.ศ. ๒๕๐๐")).isNull();
    }

    @Test
    void yearlessNamesMatchCodesFollowedByAnythingAndActsOnlyAtAWordBoundary() {
        String code = ThaiLegalReferences.titleKey("ประมวลกฎหมายอาญา");
        assertThat(ThaiLegalReferences.namesTitle(ThaiLegalReferences.titleKey("ประมวลกฎหมายอาญามาใช้บังคับ"), code))
                .isTrue();
        String act = ThaiLegalReferences.titleKey("พระราชบัญญัติยาผึ้ง พ.ศ. ๒๕๑๐");
        assertThat(ThaiLegalReferences.namesTitle("พระราชบัญญัติยาผึ้ง", act)).isTrue();
        assertThat(ThaiLegalReferences.namesTitle("พระราชบัญญัติยาผึ้งและ", act)).isTrue();
        assertThat(ThaiLegalReferences.namesTitle("พระราชบัญญัติยาผึ้งป่า", act)).as("another act's longer name")
                .isFalse();
    }
}
