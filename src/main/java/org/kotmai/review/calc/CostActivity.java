package org.kotmai.review.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One administrative activity done by one type of staff to meet an information obligation, as the Standard Cost
 * Model counts it: how many businesses do it, how often, how long it takes a normally efficient business and what
 * an hour of that staff costs, plus money paid out per action (fees, certified copies, travel).
 *
 * @param name             what is done and by whom, e.g. "fill in annual report (clerk)"
 * @param population       number of businesses or persons subject to the obligation
 * @param frequencyPerYear times per year each of them does the activity
 * @param hours            hours per action
 * @param tariff           hourly labour cost in baht, wage plus overhead
 * @param outOfPocket      baht paid out per action besides labour; zero when none
 */
public record CostActivity(String name, BigDecimal population, BigDecimal frequencyPerYear, BigDecimal hours,
                           BigDecimal tariff, BigDecimal outOfPocket) {

    public CostActivity {
        Objects.requireNonNull(name, "cost activity needs a name");
        requireNonNegative(name, "population", population);
        requireNonNegative(name, "frequencyPerYear", frequencyPerYear);
        requireNonNegative(name, "hours", hours);
        requireNonNegative(name, "tariff", tariff);
        requireNonNegative(name, "outOfPocket", outOfPocket);
    }

    /** Actions per year across the whole population (Q in the model). */
    public BigDecimal actionsPerYear() {
        return population.multiply(frequencyPerYear);
    }

    /** Labour cost of one action (P in the model, without out-of-pocket money). */
    public BigDecimal labourCostPerAction() {
        return hours.multiply(tariff);
    }

    public BigDecimal annualLabourCost() {
        return actionsPerYear().multiply(labourCostPerAction());
    }

    public BigDecimal annualOutOfPocketCost() {
        return actionsPerYear().multiply(outOfPocket);
    }

    private static void requireNonNegative(String activity, String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("cost activity '" + activity + "': " + field
                    + " must be zero or more, got " + value);
        }
    }
}
