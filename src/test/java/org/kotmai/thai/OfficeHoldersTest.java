package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeHoldersTest {

    @Test
    void amendmentAsterisksAndTheDutiesThatFollowAreNotPartOfTheName() {
        assertThat(OfficeHolders.holders("รัฐมนตรีว่าการกระทรวงพลังงาน*")).containsExactly(
                "รัฐมนตรีว่าการกระทรวงพลังงาน");
        assertThat(OfficeHolders.holders("รัฐมนตรีว่าการกระทรวงยุติธรรม*มีหน้าที่")).containsExactly(
                "รัฐมนตรีว่าการกระทรวงยุติธรรม");
        assertThat(OfficeHolders.holders("เสนาบดีกระทรวงนครบาล*มีอำนาจที่จะตั้งกฎข้อบังคับ และ")).containsExactly(
                "เสนาบดีกระทรวงนครบาล");
    }

    @Test
    void aThaiListSplitsIntoItsHoldersWhateverTheSpacing() {
        String expected = "[นายกรัฐมนตรี, รัฐมนตรีว่าการกระทรวงกลาโหม, รัฐมนตรีว่าการกระทรวงมหาดไทย, อัยการสูงสุด]";
        assertThat(OfficeHolders.holders("นายกรัฐมนตรี รัฐมนตรีว่าการกระทรวงกลาโหม รัฐมนตรีว่าการกระทรวงมหาดไทย"
                + " และอัยการสูงสุด")).hasToString(expected);
        assertThat(OfficeHolders.holders("นายกรัฐมนตรี  รัฐมนตรีว่าการกระทรวงกลาโหมรัฐมนตรีว่าการกระทรวงมหาดไทย"
                + "และอัยการสูงสุด")).hasToString(expected);
    }

    @Test
    void anAndInsideAMinistrysNameDoesNotSplitIt() {
        assertThat(OfficeHolders.holders("รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ และรัฐมนตรีว่าการกระทรวงพาณิชย์"))
                .containsExactly("รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์", "รัฐมนตรีว่าการกระทรวงพาณิชย์");
    }

    @Test
    void aMinisterOfThePrimeMinistersOfficeIsOneHolder() {
        assertThat(OfficeHolders.holders("รัฐมนตรีประจำสำนักนายกรัฐมนตรี")).containsExactly(
                "รัฐมนตรีประจำสำนักนายกรัฐมนตรี");
        assertThat(OfficeHolders.agencies("นายกรัฐมนตรีและรัฐมนตรีประจำสำนักนายกรัฐมนตรี")).containsExactly(
                "สำนักนายกรัฐมนตรี");
    }

    @Test
    void aMinisterTheActDefinesElsewhereIsKeptAsWritten() {
        assertThat(OfficeHolders.holders("รัฐมนตรีมีหน้าที่")).containsExactly("รัฐมนตรี");
        assertThat(OfficeHolders.agencies("รัฐมนตรี")).containsExactly("รัฐมนตรี");
    }

    @Test
    void textNamingNoKnownHolderHasNoHoldersAndIsItsOwnAgency() {
        assertThat(OfficeHolders.holders("กรมเจ้าท่า")).isEmpty();
        assertThat(OfficeHolders.holders("เปลี่ยนแปลงองค์ประกอบของคณะกรรมการ และรัฐมนตรีว่าการกระทรวงมหาดไทย"))
                .isEmpty();
        assertThat(OfficeHolders.agencies(" กรมเจ้าท่า ")).containsExactly("กรมเจ้าท่า");
        assertThat(OfficeHolders.agencies("  ")).isEmpty();
        assertThat(OfficeHolders.agencies(null)).isEmpty();
        assertThat(OfficeHolders.inCharge(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "รัฐมนตรีว่าการกระทรวงการคลัง*, รัฐมนตรีว่าการกระทรวงการคลัง",
            "นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงการคลัง, นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง",
            "'นายกรัฐมนตรี รัฐมนตรีว่าการกระทรวงคมนาคมและรัฐมนตรีว่าการกระทรวงแรงงาน', "
                    + "'นายกรัฐมนตรี รัฐมนตรีว่าการกระทรวงคมนาคม และรัฐมนตรีว่าการกระทรวงแรงงาน'",
            "กรมเจ้าท่า, กรมเจ้าท่า"})
    void whoIsInChargeIsWrittenAsOneCleanThaiList(String clause, String expected) {
        assertThat(OfficeHolders.inCharge(clause)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "รัฐมนตรีว่าการกระทรวงการคลัง, กระทรวงการคลัง",
            "รัฐมนตรีว่าการทบวงมหาวิทยาลัย, ทบวงมหาวิทยาลัย",
            "เสนาบดีกระทรวงนครบาล, กระทรวงนครบาล",
            "นายกรัฐมนตรี, สำนักนายกรัฐมนตรี",
            "อัยการสูงสุด, สำนักงานอัยการสูงสุด",
            "ประธานศาลฎีกา, ศาลฎีกา",
            "ประธานกรรมการการเลือกตั้ง, คณะกรรมการการเลือกตั้ง"})
    void eachHolderStandsForTheOrganisationTheyHead(String holder, String agency) {
        assertThat(OfficeHolders.agencies(holder)).containsExactly(agency);
    }

    @Test
    void aLawTwoMinistersShareBelongsToBothMinistriesOnce() {
        assertThat(OfficeHolders.agencies("รัฐมนตรีว่าการกระทรวงการคลัง และรัฐมนตรีว่าการกระทรวงมหาดไทย"
                + " รัฐมนตรีว่าการกระทรวงการคลัง")).containsExactly("กระทรวงการคลัง", "กระทรวงมหาดไทย");
    }

    @Test
    void aFilterValueNamingAMinisterMeansTheirMinistry() {
        assertThat(OfficeHolders.agencyNamed("รัฐมนตรีว่าการกระทรวงการคลัง")).isEqualTo("กระทรวงการคลัง");
        assertThat(OfficeHolders.agencyNamed(" กระทรวงการคลัง ")).isEqualTo("กระทรวงการคลัง");
        assertThat(OfficeHolders.agencyNamed("")).isNull();
    }
}
