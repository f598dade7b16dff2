package org.kotmai.statute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvisionLabelTest {

    @Test
    void parsesFootnoteMarkerGluedToSectionNumber() {
        ProvisionLabel label = ProvisionLabel.at("มาตรา ๒๘๖[๒๘๖] ผู้ใดกระทำความผิด").orElseThrow();
        assertThat(label.number()).isEqualTo("286");
        assertThat(label.footnotes()).containsExactly(286);
        assertThat(label.rest()).isEqualTo("ผู้ใดกระทำความผิด");
        assertThat(label.label()).isEqualTo("มาตรา ๒๘๖");
    }

    @Test
    void canonicalisesSlashAndPaliOrdinals() {
        assertThat(ProvisionLabel.at("มาตรา ๗๗/๑ ข้อความ").orElseThrow().number()).isEqualTo("77/1");
        assertThat(ProvisionLabel.at("มาตรา ๔ ทวิ ข้อความ").orElseThrow().number()).isEqualTo("4 ทวิ");
        assertThat(ProvisionLabel.at("มาตรา ๖๕ อัฏฐ/๑ ข้อความ").orElseThrow().number()).isEqualTo("65 อัฏฐ/1");
        assertThat(ProvisionLabel.at("มาตรา 12 เอกูนวีสติ").orElseThrow().number()).isEqualTo("12 เอกูนวีสติ");
        assertThat(ProvisionLabel.at("มาตรา ๓๐ ทวาทศ[๙]").orElseThrow().number()).isEqualTo("30 ทวาทศ");
    }

    @Test
    void readsAMarkerPrintedBetweenNumberAndOrdinal() {
        ProvisionLabel label = ProvisionLabel.at("มาตรา ๑๖๐[๖๗]จัตวา ในกรณีที่").orElseThrow();
        assertThat(label.number()).isEqualTo("160 จัตวา");
        assertThat(label.footnotes()).containsExactly(67);
        assertThat(label.label()).isEqualTo("มาตรา ๑๖๐จัตวา");
    }

    @Test
    void normalisesVariantSpellingsOfOrdinals() {
        assertThat(ProvisionLabel.at("มาตรา ๘๓ อัฎฐ[๕๑] ในกรณี").orElseThrow().number()).isEqualTo("83 อัฏฐ");
        assertThat(ProvisionLabel.at("มาตรา ๔๘ ปัญจทศ นายกเทศมนตรี").orElseThrow().number()).isEqualTo("48 ปัณรส");
    }

    @Test
    void knowsTheWholeOrdinalSeriesUpToThirty() {
        assertThat(ProvisionLabel.PALI_ORDINALS).startsWith("ทวิ", "ตรี", "จัตวา", "เบญจ", "ฉ", "สัตต", "อัฏฐ", "นว", "ทศ")
                .contains("เอกาทศ", "ทวาทศ", "เตรส", "จตุทศ", "ปัณรส", "โสฬส", "สัตตรส", "อัฏฐารส", "เอกูนวีสติ", "วีสติ")
                .endsWith("ติงสติ").hasSize(29);
    }

    @Test
    void doesNotTakeTheFirstSyllableOfTheTextForAnOrdinal() {
        ProvisionLabel label = ProvisionLabel.at("มาตรา ๕ ฉบับนี้ใช้บังคับ").orElseThrow();
        assertThat(label.number()).isEqualTo("5");
        assertThat(label.rest()).isEqualTo("ฉบับนี้ใช้บังคับ");
    }

    @Test
    void readsClausesAndTheMisspeltSectionWord() {
        assertThat(ProvisionLabel.at("ข้อ ๑๒ ให้ยื่นคำขอ").orElseThrow().kind()).isEqualTo("CLAUSE");
        assertThat(ProvisionLabel.at("มาตร ๑๗๔๘ ทายาท").orElseThrow().kind()).isEqualTo("SECTION");
    }

    @Test
    void rejectsSentencesThatOnlyMentionASection() {
        assertThat(ProvisionLabel.at("มาตราการควบคุม")).isEmpty();
        assertThat(ProvisionLabel.at("ตามมาตรา ๕")).isEmpty();
        assertThat(ProvisionLabel.at("ข้อความในมาตรา ๓")).isEmpty();
    }

    @Test
    void ordersNumbersAsTheyFollowInALaw() {
        assertThat(ProvisionLabel.compare("4", "4/1")).isNegative();
        assertThat(ProvisionLabel.compare("4 ทวิ", "4 ตรี")).isNegative();
        assertThat(ProvisionLabel.compare("4 ตรี", "5")).isNegative();
    }
}
