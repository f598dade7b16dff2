package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    @Test
    void parsesThaiDigitsAndFullMonthName() {
        assertThat(ThaiDates.parse("๒๗ พฤษภาคม ๒๕๖๒")).isEqualTo(LocalDate.of(2019, 5, 27));
    }

    @Test
    void parsesArabicDigits() {
        assertThat(ThaiDates.parse("13 เมษายน 2503")).isEqualTo(LocalDate.of(1960, 4, 13));
    }

    @Test
    void januaryBeforeTheReformBelongsToTheNextCommonEraYear() {
        assertThat(ThaiDates.parse("๒๗ มกราคม ๒๔๘๕")).isEqualTo(LocalDate.of(1942, 1, 27));
        assertThat(ThaiDates.parse("1 กุมภาพันธ์ 2478")).isEqualTo(LocalDate.of(1936, 2, 1));
        assertThat(ThaiDates.parse("๓๑ มีนาคม ๒๔๘๒")).isEqualTo(LocalDate.of(1940, 3, 31));
    }

    @Test
    void aprilToDecemberBeforeTheReformUsesTheUsualOffset() {
        assertThat(ThaiDates.parse("๑ เมษายน ๒๔๘๒")).isEqualTo(LocalDate.of(1939, 4, 1));
        assertThat(ThaiDates.parse("๘ ธันวาคม ๒๔๘๓")).isEqualTo(LocalDate.of(1940, 12, 8));
    }

    @Test
    void firstReformedYearStartsOnFirstJanuary() {
        assertThat(ThaiDates.parse("๑ มกราคม ๒๔๘๔")).isEqualTo(LocalDate.of(1941, 1, 1));
        assertThat(ThaiDates.parse("๑๕ มีนาคม ๒๔๘๔")).isEqualTo(LocalDate.of(1941, 3, 15));
    }

    @Test
    void parsesAbbreviatedMonthsWithOrWithoutSpaces() {
        assertThat(ThaiDates.parse("๕ ม.ค. ๒๕๖๒")).isEqualTo(LocalDate.of(2019, 1, 5));
        assertThat(ThaiDates.parse("5 มี. ค. 2562")).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(ThaiDates.parse("30 ก.ย. 2560")).isEqualTo(LocalDate.of(2017, 9, 30));
    }

    @Test
    void acceptsEraWordsBeforeTheYear() {
        assertThat(ThaiDates.parse("๓๑ มีนาคม พุทธศักราช ๒๔๘๑")).isEqualTo(LocalDate.of(1939, 3, 31));
        assertThat(ThaiDates.parse("๖ เมษายน พ.ศ. ๒๕๖๐")).isEqualTo(LocalDate.of(2017, 4, 6));
    }

    @Test
    void findsTheDateInsideAGazetteCitation() {
        assertThat(ThaiDates.find("เล่ม ๕๒/-/หน้า ๑๙๗๘/๑ กุมภาพันธ์ ๒๔๗๘")).contains(LocalDate.of(1936, 2, 1));
        assertThat(ThaiDates.find("ไม่มีวันที่")).isEmpty();
    }

    @Test
    void givesTheBuddhistYearADateBelongedTo() {
        assertThat(ThaiDates.beYear(LocalDate.of(1936, 2, 1))).isEqualTo(2478);
        assertThat(ThaiDates.beYear(LocalDate.of(1935, 4, 1))).isEqualTo(2478);
        assertThat(ThaiDates.beYear(LocalDate.of(1941, 1, 1))).isEqualTo(2484);
        assertThat(ThaiDates.beYear(LocalDate.of(2019, 5, 27))).isEqualTo(2562);
    }

    @Test
    void rejectsImpossibleDaysNamingTheText() {
        assertThatThrownBy(() -> ThaiDates.parse("๓๑ กุมภาพันธ์ ๒๕๖๒"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("๓๑ กุมภาพันธ์ ๒๕๖๒");
        assertThatThrownBy(() -> ThaiDates.parse("วันนี้"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("วันนี้");
    }

    @Test
    void formatsWithFullMonthNameAndBuddhistEraYear() {
        assertThat(ThaiDates.format(LocalDate.of(2026, 11, 21))).isEqualTo("21 พฤศจิกายน พ.ศ. 2569");
    }

    @Test
    void formattingKeepsThePreReformYearOfJanuaryToMarch() {
        assertThat(ThaiDates.format(LocalDate.of(1936, 1, 31))).isEqualTo("31 มกราคม พ.ศ. 2478");
        assertThat(ThaiDates.parse(ThaiDates.format(LocalDate.of(1936, 1, 31)))).isEqualTo(LocalDate.of(1936, 1, 31));
    }
}
