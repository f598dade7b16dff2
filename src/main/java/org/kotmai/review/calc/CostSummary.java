package org.kotmai.review.calc;

import java.math.BigDecimal;

/** Annual administrative cost of one scenario in baht, split into labour and money paid out. */
public record CostSummary(BigDecimal labour, BigDecimal outOfPocket) {

    public BigDecimal total() {
        return labour.add(outOfPocket);
    }
}
