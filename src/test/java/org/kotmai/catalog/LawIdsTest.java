package org.kotmai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LawIdsTest {

    @Test
    void actIdCombinesTypeYearAndNameWithoutTheTypeWordOrTheYear() {
        assertThat(LawIds.of(InstrumentType.ACT, 2537, "พระราชบัญญัติลิขสิทธิ์ พ.ศ. ๒๕๓๗"))
                .isEqualTo("act-2537-ลิขสิทธิ์");
    }

    @Test
    void sameTitleInArabicOrThaiDigitsGivesTheSameId() {
        assertThat(LawIds.of(InstrumentType.ACT, 2486, "พระราชบัญญัติไพ่ พุทธศักราช 2486"))
                .isEqualTo(LawIds.of(InstrumentType.ACT, 2486, "พระราชบัญญัติไพ่ พุทธศักราช ๒๔๘๖"));
    }

    @Test
    void amendingActKeepsItsNumberSoItDiffersFromTheMainAct() {
        String main = LawIds.of(InstrumentType.ACT, 2478, "พระราชบัญญัติการพนัน พุทธศักราช ๒๔๗๘");
        String amending = LawIds.of(InstrumentType.ACT, 2504, "พระราชบัญญัติการพนัน (ฉบับที่ ๗) พ.ศ. ๒๕๐๔");
        assertThat(amending).isEqualTo("act-2504-การพนัน-ฉบับที่-7").isNotEqualTo(main);
    }

    @Test
    void codeWithoutYearKeepsItsFullName() {
        assertThat(LawIds.of(InstrumentType.CODE, null, "ประมวลกฎหมายอาญา")).isEqualTo("code-ประมวลกฎหมายอาญา");
    }

    @Test
    void krisdikaUpdateSuffixIsIgnored() {
        assertThat(LawIds.of(InstrumentType.ACT, 2522, "พระราชบัญญัติคุ้มครองผู้บริโภค พ.ศ. 2522 (ฉบับ Update ล่าสุด)"))
                .isEqualTo("act-2522-คุ้มครองผู้บริโภค");
    }
}
