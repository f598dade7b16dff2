package org.kotmai.review.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.kotmai.review.formula.PresentValue;
import org.springframework.stereotype.Component;

/**
 * Administrative burden by the Standard Cost Model: for each activity, population × frequency × (time × tariff)
 * for labour plus population × frequency × out-of-pocket money, summed over activities. Annual figures are exact
 * products of the inputs; only present values, which involve division, are rounded (half-up to satang).
 */
@Component
public class StandardCostModel {

    private static final int SATANG = 2;

    public CostSummary annualBurden(List<CostActivity> activities) {
        BigDecimal labour = BigDecimal.ZERO;
        BigDecimal outOfPocket = BigDecimal.ZERO;
        for (CostActivity activity : activities) {
            labour = labour.add(activity.annualLabourCost());
            outOfPocket = outOfPocket.add(activity.annualOutOfPocketCost());
        }
        return new CostSummary(labour, outOfPocket);
    }

    /**
     * @param discountRate yearly rate as a fraction, e.g. 0.035 for 3.5 %
     * @param years        appraisal period; savings are counted at the end of each year
     */
    public CostComparison compare(List<CostActivity> current, List<CostActivity> proposed, BigDecimal discountRate,
                                  int years) {
        if (years < 0) {
            throw new IllegalArgumentException("appraisal period must be zero or more years, got " + years);
        }
        CostSummary now = annualBurden(current);
        CostSummary after = annualBurden(proposed);
        BigDecimal saving = now.total().subtract(after.total());
        BigDecimal labourSaving = now.labour().subtract(after.labour());
        return new CostComparison(now, after, saving, labourSaving,
                presentValue(saving, discountRate, years), presentValue(labourSaving, discountRate, years));
    }

    public BigDecimal presentValue(BigDecimal annualAmount, BigDecimal discountRate, int years) {
        return PresentValue.of(discountRate, years, annualAmount).setScale(SATANG, RoundingMode.HALF_UP);
    }
}
