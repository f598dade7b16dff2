package org.kotmai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvisionNumbersTest {

    @Test
    void thaiDigitsAndLabelsAreReducedToTheCanonicalNumber() {
        assertThat(ProvisionNumbers.canonical("มาตรา ๗๗/๑")).isEqualTo("77/1");
        assertThat(ProvisionNumbers.canonical(" 4  ทวิ ")).isEqualTo("4 ทวิ");
        assertThat(ProvisionNumbers.canonical("ม.15")).isEqualTo("15");
        assertThat(ProvisionNumbers.canonical("65 อัฏฐ / 1")).isEqualTo("65 อัฏฐ/1");
    }
}
