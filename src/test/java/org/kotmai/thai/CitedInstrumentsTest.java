package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitedInstrumentsTest {

    @Test
    void nameOfAnotherLawAfterAReferenceIsFound() {
        String text = "ตามมาตรา ๕ แห่งพระราชบัญญัติลิขสิทธิ์ พ.ศ. ๒๕๓๗";
        int end = text.indexOf(" แห่ง");
        assertThat(CitedInstruments.otherInstrumentAt(text, end)).isEqualTo(text.indexOf("พระราชบัญญัติ"));
        String code = "มาตรา ๔๒๐ แห่งประมวลกฎหมายแพ่งและพาณิชย์";
        assertThat(CitedInstruments.otherInstrumentAt(code, code.indexOf(" แห่ง")))
                .isEqualTo(code.indexOf("ประมวล"));
    }

    @Test
    void referenceToThisLawOrWithoutANamedLawHasNoOtherInstrument() {
        String self = "มาตรา ๔ แห่งพระราชบัญญัตินี้";
        assertThat(CitedInstruments.otherInstrumentAt(self, self.indexOf(" แห่ง"))).isEqualTo(-1);
        String bare = "ตามมาตรา ๔ ภายในสามสิบวัน";
        assertThat(CitedInstruments.otherInstrumentAt(bare, bare.indexOf(" ภายใน"))).isEqualTo(-1);
        assertThat(CitedInstruments.otherInstrumentAt(bare, bare.length())).isEqualTo(-1);
    }

    @Test
    void comparableNamesIgnoreSpacingAndDigitScript() {
        assertThat(CitedInstruments.comparable("พระราชบัญญัติลิขสิทธิ์ พ.ศ. ๒๕๓๗"))
                .isEqualTo(CitedInstruments.comparable("พระราชบัญญัติ ลิขสิทธิ์ พ.ศ.2537"));
        assertThat(CitedInstruments.withoutYear(CitedInstruments.comparable("พระราชบัญญัติลิขสิทธิ์ พ.ศ. ๒๕๓๗")))
                .isEqualTo("พระราชบัญญัติลิขสิทธิ์");
    }

    @Test
    void clauseReferencesAreToldFromSectionReferences() {
        String text = "ตามข้อ ๕ และมาตรา ๖";
        assertThat(CitedInstruments.isClauseReference(text, text.indexOf("ข้อ"))).isTrue();
        assertThat(CitedInstruments.isClauseReference(text, text.indexOf("มาตรา"))).isFalse();
    }
}
