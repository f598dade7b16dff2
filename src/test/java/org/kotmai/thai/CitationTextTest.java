package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationTextTest {

    @Test
    void aProvisionIsCitedAsItsLabelOfTheLaw() {
        assertThat(CitationText.of("มาตรา ๕ ทวิ", "พระราชบัญญัติการเลี้ยงผึ้ง พ.ศ. ๒๕๖๘"))
                .isEqualTo("มาตรา ๕ ทวิ แห่งพระราชบัญญัติการเลี้ยงผึ้ง พ.ศ. ๒๕๖๘");
    }

    @Test
    void withoutALabelTheLawAloneIsCited() {
        assertThat(CitationText.of(" ", "ประมวลกฎหมายการประมง")).isEqualTo("ประมวลกฎหมายการประมง");
        assertThat(CitationText.of("ข้อ ๓", null)).isEqualTo("ข้อ ๓");
    }
}
