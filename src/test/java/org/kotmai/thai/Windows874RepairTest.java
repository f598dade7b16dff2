package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Windows874RepairTest {

    private final ThaiTextRepair repair = new ThaiTextRepair();

    @Test
    void c1ControlsFromAMisdecodedCodePageBecomeTheirQuotesAndDashes() {
        RepairedText repaired = repair.repair("\u0093ผู้ให้เช่า\u0094 หมายความว่า \u0096 บุคคล\u0085", false);

        assertThat(repaired.text()).isEqualTo("\u201Cผู้ให้เช่า\u201D หมายความว่า \u2013 บุคคล\u2026");
        assertThat(repaired.report().c1Repaired()).isEqualTo(4);
    }

    @Test
    void c1ControlsWithoutAWindows874MeaningAreDropped() {
        RepairedText repaired = repair.repair("มาตรา\u0081 ๑", false);

        assertThat(repaired.text()).isEqualTo("มาตรา ๑");
        assertThat(repaired.report().c1Repaired()).isEqualTo(1);
    }
}
