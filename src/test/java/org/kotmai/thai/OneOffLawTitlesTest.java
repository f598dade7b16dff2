package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneOffLawTitlesTest {

    @Test
    void anAnnualBudgetActIsTimeLimited() {
        assertThat(OneOffLawTitles.exemption("พระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๗๐"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("budget").contains("s.29"));
    }

    @Test
    void theBudgetProcedureActIsNotABudget() {
        assertThat(OneOffLawTitles.exemption("พระราชบัญญัติวิธีการงบประมาณ พ.ศ. ๒๕๖๑")).isEmpty();
    }

    @Test
    void expropriationNeedsBothTheWordAndALocality() {
        assertThat(OneOffLawTitles.exemption("พระราชกฤษฎีกากำหนดเขตที่ดินที่จะเวนคืน พ.ศ. ๒๕๖๕")).isPresent();
        assertThat(OneOffLawTitles.exemption("พระราชบัญญัติว่าด้วยการเวนคืนอสังหาริมทรัพย์ พ.ศ. ๒๕๖๒")).isEmpty();
    }

    @Test
    void aCourtActThatAlsoSetsProcedureKeepsApplying() {
        assertThat(OneOffLawTitles.exemption("พระราชบัญญัติจัดตั้งศาลทดลองและวิธีพิจารณาคดีทดลอง พ.ศ. ๒๕๖๐"))
                .isEmpty();
        assertThat(OneOffLawTitles.exemption("พระราชบัญญัติจัดตั้งศาลทดลอง พ.ศ. ๒๕๖๐")).isPresent();
    }

    @Test
    void anOrdinaryActOrAMissingTitleIsNotExempt() {
        assertThat(OneOffLawTitles.exemption("พระราชบัญญัติคุ้มครองทดลอง พ.ศ. ๒๕๖๐")).isEmpty();
        assertThat(OneOffLawTitles.exemption(null)).isEmpty();
    }
}
