package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuddhistEraTest {

    @Test
    void convertsBetweenErasWithOffset543() {
        assertThat(BuddhistEra.toCe(2562)).isEqualTo(2019);
        assertThat(BuddhistEra.toBe(2019)).isEqualTo(2562);
    }

    @Test
    void readsPlausibleYearTypedInEitherEra() {
        assertThat(BuddhistEra.asBe(2478)).isEqualTo(2478);
        assertThat(BuddhistEra.asBe(1935)).isEqualTo(2478);
        assertThat(BuddhistEra.asBe(2300)).isEqualTo(-1);
        assertThat(BuddhistEra.asBe(12)).isEqualTo(-1);
    }

    @Test
    void parsesThaiBuddhistEraYearWithThaiDigits() {
        assertThat(BuddhistEra.parseYearBe("พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒")).hasValue(2562);
        assertThat(BuddhistEra.parseYearBe("พ.ศ.2535")).hasValue(2535);
    }

    @Test
    void parsesSpelledOutBuddhistEra() {
        assertThat(BuddhistEra.parseYearBe("ประมวลรัษฎากร พุทธศักราช ๒๔๘๑")).hasValue(2481);
    }

    @Test
    void parsesEnglishBuddhistEraMarker() {
        assertThat(BuddhistEra.parseYearBe("Personal Data Protection Act B.E. 2562 (2019)")).hasValue(2562);
    }

    @Test
    void convertsCommonEraYearsToBuddhistEra() {
        assertThat(BuddhistEra.parseYearBe("ค.ศ. 2019")).hasValue(2562);
        assertThat(BuddhistEra.parseYearBe("คริสต์ศักราช ๒๐๑๙")).hasValue(2562);
        assertThat(BuddhistEra.parseYearBe("A.D. 1932")).hasValue(2475);
    }

    @Test
    void ignoresUnmarkedNumbersAndMarkersInsideWords() {
        assertThat(BuddhistEra.parseYearBe("มาตรา 2562")).isEmpty();
        assertThat(BuddhistEra.parseYearBe("since 2019")).isEmpty();
        assertThat(BuddhistEra.parseYearBe("พ.ศ. 25620")).isEmpty();
    }
}
