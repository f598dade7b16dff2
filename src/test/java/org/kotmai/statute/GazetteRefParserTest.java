package org.kotmai.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GazetteRefParserTest {

    @Test
    void readsOldCitationWithoutIssueAndWithPreReformDate() {
        GazetteRef ref = GazetteRefParser.find("ราชกิจจานุเบกษา เล่ม ๕๒/-/หน้า ๑๙๗๘/๑ กุมภาพันธ์ ๒๔๗๘").orElseThrow();
        assertThat(ref).isEqualTo(new GazetteRef(52, null, null, false, 1978, LocalDate.of(1936, 2, 1)));
    }

    @Test
    void readsSpecialIssue() {
        GazetteRef ref = GazetteRefParser.find("เล่ม ๗๗/ตอนที่ ๓๑/ฉบับพิเศษ หน้า ๓๖/๑๓ เมษายน ๒๕๐๓").orElseThrow();
        assertThat(ref).isEqualTo(new GazetteRef(77, "31", null, true, 36, LocalDate.of(1960, 4, 13)));
    }

    @Test
    void readsSectionLetterAndSpecialSection() {
        assertThat(GazetteRefParser.find("เล่ม ๑๓๖/ตอนที่ ๖๙ ก/หน้า ๕๒/๒๗ พฤษภาคม ๒๕๖๒").orElseThrow())
                .isEqualTo(new GazetteRef(136, "69", "ก", false, 52, LocalDate.of(2019, 5, 27)));
        assertThat(GazetteRefParser.find("เล่ม ๑๓๔/ตอนพิเศษ ๙๗ ง/หน้า ๔๙/๔ เมษายน ๒๕๖๐").orElseThrow())
                .isEqualTo(new GazetteRef(134, "97", "ง", true, 49, LocalDate.of(2017, 4, 4)));
        assertThat(GazetteRefParser.find("เล่ม ๑๓๕/ตอนที่ ๑๒ก/หน้า ๕๑/๒ มีนาคม ๒๕๖๑").orElseThrow().section()).isEqualTo("ก");
    }

    @Test
    void keepsWhatItCanReadWhenTheDateIsCutOff() {
        GazetteRef ref = GazetteRefParser.find("เล่ม ๘๙/ตอนที่ ๑๙๐/ฉบับพิเศษ หน้า").orElseThrow();
        assertThat(ref.volume()).isEqualTo(89);
        assertThat(ref.page()).isNull();
        assertThat(ref.date()).isNull();
    }

    @Test
    void findsNothingInAProvenanceNote() {
        assertThat(GazetteRefParser.find("มาตรา ๕ ยกเลิกโดยพระราชบัญญัติการพนัน (ฉบับที่ ๒)")).isEmpty();
    }
}
