package org.kotmai.review.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuillotineRuleTest {

    private final GuillotineRule rule = new GuillotineRule();

    @ParameterizedTest(name = "necessary={0} legal={1} businessFriendly={2} -> {3}")
    @CsvSource({
            "true,  true,  true,  KEEP",
            "true,  true,  false, AMEND",
            "true,  false, true,  REPEAL",
            "true,  false, false, REPEAL",
            "false, true,  true,  REPEAL",
            "false, true,  false, REPEAL",
            "false, false, true,  REPEAL",
            "false, false, false, REPEAL"})
    void repealsWhatIsUnnecessaryOrUnlawfulAmendsWhatBurdensBusinessKeepsTheRest(
            boolean necessary, boolean legal, boolean businessFriendly, GuillotineOutcome expected) {
        GuillotineDecision decision = rule.decide(
                new GuillotineAssessment(necessary, legal, businessFriendly, "checked against the parent act"));
        assertThat(decision.outcome()).isEqualTo(expected);
        assertThat(decision.justification()).isEqualTo("checked against the parent act");
    }

    @Test
    void reasonNamesEveryFailedTest() {
        assertThat(rule.decide(new GuillotineAssessment(false, false, true, "duplicate of a 2015 rule")).reason())
                .isEqualTo("not necessary and not legal");
    }

    @Test
    void amendsNecessaryLawfulButCostlyPaperReport() {
        GuillotineDecision decision = rule.decide(new GuillotineAssessment(true, true, false,
                "safety data is needed, but paper filing costs 63.0 m baht a year against 15.0 m online"));
        assertThat(decision.outcome()).isEqualTo(GuillotineOutcome.AMEND);
    }

    @Test
    void refusesADecisionWithoutJustification() {
        assertThatThrownBy(() -> rule.decide(new GuillotineAssessment(true, true, true, "  ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("justification is required");
    }
}
