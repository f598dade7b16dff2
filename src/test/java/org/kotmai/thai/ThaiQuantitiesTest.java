package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiQuantitiesTest {

    private final ThaiAnalyzer analyzer = ThaiAnalyzer.createDefault();

    @Test
    void readsTheUnitAskedForAndCountsAgeInYears() {
        assertThat(ThaiQuantities.asked(analyzer.tokens("ต้องแจ้งภายในกี่วัน"))).contains(new ThaiQuantities.Asked("วัน", false));
        assertThat(ThaiQuantities.asked(analyzer.tokens("ลูกอายุกี่ขวบ"))).contains(new ThaiQuantities.Asked("ปี", false));
        assertThat(ThaiQuantities.asked(analyzer.tokens("คิดได้กี่เปอร์เซ็นต์"))).contains(new ThaiQuantities.Asked(null, true));
    }

    @Test
    void asksNothingWithoutHowMany() {
        assertThat(ThaiQuantities.asked(analyzer.tokens("แจ้งการตายภายในยี่สิบสี่ชั่วโมง"))).isEmpty();
    }

    @Test
    void numberWordsAreTheTokensLawsWriteBeforeAUnit() {
        assertThat(analyzer.tokens("ภายในสิบห้าวัน")).containsSubsequence("ห้า", "วัน");
        assertThat(ThaiQuantities.NUMBER_WORDS).contains("ห้า", "เจ็ด", "ยี่สิบ");
        assertThat(analyzer.tokens("ร้อยละเจ็ด")).startsWith(ThaiQuantities.PERCENT.toArray(String[]::new));
    }
}
