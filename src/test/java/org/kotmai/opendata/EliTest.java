package org.kotmai.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kotmai.catalog.InstrumentType;
import org.springframework.http.MediaType;

class EliTest {

    @Test
    void slugIsTheLawIdWithoutTypeAndYear() {
        Eli eli = Eli.of("act-2537-ลิขสิทธิ์", InstrumentType.ACT, 2537);
        assertThat(eli.path()).isEqualTo("/eli/th/act/2537/ลิขสิทธิ์");
        assertThat(eli.encodedPath()).isEqualTo("/eli/th/act/2537/%E0%B8%A5%E0%B8%B4%E0%B8%82%E0%B8%AA%E0%B8%B4"
                + "%E0%B8%97%E0%B8%98%E0%B8%B4%E0%B9%8C");
    }

    @Test
    void lawWithoutYearIsUndatedAndAnIdOfAnotherShapeIsItsOwnSlug() {
        assertThat(Eli.of("code-ประมวลรัษฎากร", InstrumentType.CODE, null).path())
                .isEqualTo("/eli/th/code/undated/ประมวลรัษฎากร");
        assertThat(Eli.of("act-2537-x", InstrumentType.ROYAL_DECREE, 2537).path())
                .isEqualTo("/eli/th/royal-decree/2537/act-2537-x");
    }

    @Test
    void provisionNumbersRoundTripThroughTheirSegment() {
        for (String number : new String[] {"15", "77/1", "4 ทวิ", "4 ทวิ/1"}) {
            assertThat(Eli.numberOf(Eli.sectionSegment(number))).isEqualTo(number);
        }
        assertThat(Eli.sectionSegment("77/1")).isEqualTo("77-1");
        assertThat(Eli.sectionSegment("4 ทวิ")).isEqualTo("4_ทวิ");
    }

    @Test
    void typeSegmentIsTheInstrumentTypesUrlName() {
        assertThat(Eli.typeOf("royal-decree")).contains(InstrumentType.ROYAL_DECREE);
        assertThat(Eli.typeOf("statute")).isEmpty();
    }

    @Test
    void negotiationFollowsQualityThenTheClientsOrderAndFallsBackToHtml() {
        assertThat(EliController.negotiate(null)).isEqualTo(MediaType.TEXT_HTML);
        assertThat(EliController.negotiate("*/*")).isEqualTo(MediaType.TEXT_HTML);
        assertThat(EliController.negotiate("application/xml;q=0.5, application/json"))
                .isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(EliController.negotiate("application/akn+xml")).hasToString("application/akn+xml");
        assertThat(EliController.negotiate("application/*")).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(EliController.negotiate("image/png")).isNull();
        assertThat(EliController.negotiate("application/json;q=0, image/png")).isNull();
    }
}
