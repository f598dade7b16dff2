package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiDigitsTest {

    @Test
    void convertsThaiDigitsToArabicAndLeavesOtherCharacters() {
        assertThat(ThaiDigits.toArabic("มาตรา ๗๐/๑ (๒)")).isEqualTo("มาตรา 70/1 (2)");
    }

    @Test
    void convertsArabicDigitsToThai() {
        assertThat(ThaiDigits.toThai("พ.ศ. 2562")).isEqualTo("พ.ศ. ๒๕๖๒");
    }

    @Test
    void recognisesBothDigitSystems() {
        assertThat(ThaiDigits.isDigit('๙')).isTrue();
        assertThat(ThaiDigits.isDigit('9')).isTrue();
        assertThat(ThaiDigits.isThaiDigit('9')).isFalse();
        assertThat(ThaiDigits.isDigit('ก')).isFalse();
    }
}
