package org.kotmai.review.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaTest {

    private static final Map<String, Value> FIELDS = Map.of(
            "fee", Value.of(new BigDecimal("200")),
            "zero", Value.of(BigDecimal.ZERO),
            "rows.cost", new Value.Column(List.of(new BigDecimal("1.5"), new BigDecimal("2.5"), BigDecimal.TEN)),
            "empty.cost", new Value.Column(List.of()),
            "start", Value.of(LocalDate.of(2026, 1, 1)),
            "end", Value.of(LocalDate.of(2026, 1, 13)),
            "huge", Value.of(new BigDecimal("1e2000000000")));

    private static BigDecimal eval(String formula) {
        return Formula.parse(formula).evaluate(FormulaTest::lookup).asNumber("test");
    }

    private static Value lookup(String name) {
        Value value = FIELDS.get(name);
        if (value == null) {
            throw new FormulaException("no value for " + name);
        }
        return value;
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertThat(eval("2 + 3 * 4")).isEqualByComparingTo("14");
        assertThat(eval("(2 + 3) * 4")).isEqualByComparingTo("20");
        assertThat(eval("10 - 4 - 3")).isEqualByComparingTo("3");
        assertThat(eval("12 / 4 / 3")).isEqualByComparingTo("1");
    }

    @Test
    void powerIsRightAssociativeAndBindsTighterThanUnaryMinus() {
        assertThat(eval("2 ^ 3 ^ 2")).isEqualByComparingTo("512");
        assertThat(eval("-2 ^ 2")).isEqualByComparingTo("-4");
        assertThat(eval("2 ^ -1")).isEqualByComparingTo("0.5");
        assertThat(eval("3 * 2 ^ 2")).isEqualByComparingTo("12");
    }

    @Test
    void readsFieldsAndSumsTableColumns() {
        assertThat(eval("fee * 3")).isEqualByComparingTo("600");
        assertThat(eval("sum(rows.cost)")).isEqualByComparingTo("14");
        assertThat(eval("sum(empty.cost)")).isEqualByComparingTo("0");
        assertThat(eval("max(rows.cost, 11)")).isEqualByComparingTo("11");
        assertThat(eval("min(rows.cost)")).isEqualByComparingTo("1.5");
    }

    @Test
    void roundsHalfUpToRequestedDigits() {
        assertThat(eval("round(2.5)")).isEqualByComparingTo("3");
        assertThat(eval("round(1 / 3, 2)")).isEqualByComparingTo("0.33");
        assertThat(eval("round(-2.5)")).isEqualByComparingTo("-3");
    }

    @Test
    void presentValueMatchesTheAnnuityFactorOfTheWorkedExample() {
        BigDecimal pv = eval("pv(0.035, 10, 36000000)");
        assertThat(pv.setScale(-5, RoundingMode.HALF_UP)).isEqualByComparingTo("299400000");
        assertThat(PresentValue.annuityFactor(new BigDecimal("0.035"), 10).setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo("8.3166");
    }

    @Test
    void countsDaysBetweenDatesAndAddsYears() {
        assertThat(eval("days(start, end)")).isEqualByComparingTo("12");
        Value due = Formula.parse("addYears(start, 5)").evaluate(FormulaTest::lookup);
        assertThat(due.asDate("test")).isEqualTo(LocalDate.of(2031, 1, 1));
    }

    @Test
    void listsReferencedFieldsInOrder() {
        assertThat(Formula.parse("pv(rate / 100, years, sum(t.a) - b) + rate").references())
                .containsExactly("rate", "years", "t.a", "b");
    }

    @Test
    void divisionByZeroIsAClearErrorQuotingTheFormula() {
        assertThatThrownBy(() -> eval("fee / zero"))
                .isInstanceOf(FormulaException.class)
                .hasMessage("division by zero in 'fee / zero'");
        assertThatThrownBy(() -> eval("zero ^ -1"))
                .hasMessageContaining("division by zero");
    }

    @Test
    void unknownFunctionIsRejectedAtParseWithItsColumn() {
        assertThatThrownBy(() -> Formula.parse("1 + exec(2)"))
                .isInstanceOf(FormulaException.class)
                .hasMessageStartingWith("unknown function 'exec'")
                .hasMessageContaining("at column 5");
    }

    @Test
    void wrongArgumentCountIsRejectedAtParse() {
        assertThatThrownBy(() -> Formula.parse("pv(0.03, 10)"))
                .hasMessageContaining("pv() takes 3 arguments but got 2");
        assertThatThrownBy(() -> Formula.parse("round()"))
                .hasMessageContaining("round() takes 1 to 2 arguments but got 0");
    }

    @Test
    void malformedSyntaxNamesWhatWasExpected() {
        assertThatThrownBy(() -> Formula.parse("(1 + 2")).hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> Formula.parse("1 +")).hasMessageContaining("formula ends too early");
        assertThatThrownBy(() -> Formula.parse("1 2")).hasMessageContaining("unexpected '2' at column 3");
        assertThatThrownBy(() -> Formula.parse("fee $ 2")).hasMessageContaining("unexpected character '$'");
        assertThatThrownBy(() -> Formula.parse("1.2.3")).hasMessageContaining("malformed number '1.2.3'");
        assertThatThrownBy(() -> Formula.parse(" ")).hasMessage("formula is empty");
    }

    @Test
    void typeMismatchesAreReported() {
        assertThatThrownBy(() -> eval("start + 1")).hasMessageContaining("needs a number but got the date");
        assertThatThrownBy(() -> eval("rows.cost * 2")).hasMessageContaining("needs a number but got a table");
        assertThatThrownBy(() -> eval("2 ^ 0.5")).hasMessageContaining("whole-number exponent");
        assertThatThrownBy(() -> eval("max(empty.cost)")).hasMessageContaining("empty table");
    }

    @Test
    void hostileInputsFailCleanlyInsteadOfHangingOrOverflowing() {
        assertThatThrownBy(() -> Formula.parse("(".repeat(500) + "1" + ")".repeat(500)))
                .isInstanceOf(FormulaException.class).hasMessageContaining("nested more than 64 levels");
        assertThatThrownBy(() -> Formula.parse("-".repeat(500) + "1"))
                .isInstanceOf(FormulaException.class).hasMessageContaining("nested more than 64 levels");
        assertThatThrownBy(() -> eval("pv(0.03, 1000000000, 1)")).hasMessageContaining("years must be between 0 and 200");
        assertThatThrownBy(() -> eval("round(1, 1000000)")).hasMessageContaining("digits must be between -20 and 20");
        assertThatThrownBy(() -> eval("addYears(start, 2000000000)")).hasMessageContaining("beyond the supported calendar");
        assertThatThrownBy(() -> eval("huge * huge"))
                .isInstanceOf(FormulaException.class).hasMessageStartingWith("number out of range");
    }
}
