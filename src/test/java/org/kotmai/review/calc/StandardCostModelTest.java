package org.kotmai.review.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The yearly factory report example of the reference notes: filed on paper, then filed online. */
class StandardCostModelTest {

    private static final BigDecimal FACTORIES = new BigDecimal("60000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    static final List<CostActivity> PAPER = List.of(
            activity("annual report on paper (clerk)", "3.0", "150", "200"),
            activity("annual report on paper (manager)", "1.0", "400", "0"));
    static final List<CostActivity> E_FILING = List.of(
            activity("annual report by e-filing (clerk)", "1.0", "150", "0"),
            activity("annual report by e-filing (manager)", "0.25", "400", "0"));

    private final StandardCostModel model = new StandardCostModel();

    private static CostActivity activity(String name, String hours, String tariff, String outOfPocket) {
        return new CostActivity(name, FACTORIES, BigDecimal.ONE, new BigDecimal(hours), new BigDecimal(tariff),
                new BigDecimal(outOfPocket));
    }

    private static BigDecimal millions(BigDecimal baht) {
        return baht.divide(MILLION).setScale(1, RoundingMode.HALF_UP);
    }

    @Test
    void paperReportCosts63MillionBahtAYearOf51LabourAnd12OutOfPocket() {
        CostSummary paper = model.annualBurden(PAPER);
        assertThat(paper.labour()).isEqualByComparingTo("51000000");
        assertThat(paper.outOfPocket()).isEqualByComparingTo("12000000");
        assertThat(millions(paper.total())).isEqualByComparingTo("63.0");
    }

    @Test
    void eFilingCosts15MillionBahtAYear() {
        assertThat(millions(model.annualBurden(E_FILING).total())).isEqualByComparingTo("15.0");
    }

    @Test
    void labourSavingOf36MillionIsWorth299Point4MillionOverTenYearsAt3Point5Percent() {
        CostComparison comparison = model.compare(PAPER, E_FILING, new BigDecimal("0.035"), 10);
        assertThat(comparison.annualSaving()).isEqualByComparingTo("48000000");
        assertThat(comparison.annualLabourSaving()).isEqualByComparingTo("36000000");
        assertThat(comparison.presentValueOfLabourSaving()).isEqualByComparingTo("299397791.61");
        assertThat(millions(comparison.presentValueOfLabourSaving())).isEqualByComparingTo("299.4");
        assertThat(comparison.presentValueOfSaving()).isEqualByComparingTo("399197055.48");
    }

    @Test
    void zeroDiscountRateMakesPresentValueTheUndiscountedSum() {
        assertThat(model.presentValue(new BigDecimal("1000"), BigDecimal.ZERO, 5)).isEqualByComparingTo("5000");
    }

    @Test
    void negativeInputIsRejectedNamingActivityAndField() {
        assertThatThrownBy(() -> new CostActivity("permit renewal", new BigDecimal("-1"), BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cost activity 'permit renewal': population must be zero or more, got -1");
        assertThatThrownBy(() -> model.compare(PAPER, E_FILING, BigDecimal.ZERO, -1))
                .hasMessageContaining("appraisal period");
    }
}
