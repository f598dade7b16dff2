package org.kotmai.web.page.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderProvisionTest {

    @Test
    void anchorsTurnSlashesAndSpacesIntoHyphens() {
        assertThat(ReaderProvision.anchor("77/1")).isEqualTo("sec-77-1");
        assertThat(ReaderProvision.anchor("4 ทวิ")).isEqualTo("sec-4-ทวิ");
        assertThat(ReaderProvision.anchor("12")).isEqualTo("sec-12");
    }
}
