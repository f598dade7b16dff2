package org.kotmai.review.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kotmai.review.template.Condition;

class ConditionEvaluatorTest {

    private static final Map<String, Object> ANSWERS = Map.of(
            "licensed", true,
            "days", 14.0,
            "channels", List.of("survey", "central_system"),
            "title", "  ",
            "kind", "permit");

    private static boolean holds(Condition condition) {
        return ConditionEvaluator.holds(condition, ANSWERS::get);
    }

    @Test
    void equalsComparesYesNoAsTrueOrFalseAndNumbersByValue() {
        assertThat(holds(new Condition.Equals("licensed", "true"))).isTrue();
        assertThat(holds(new Condition.Equals("licensed", "false"))).isFalse();
        assertThat(holds(new Condition.Equals("days", "14"))).isTrue();
    }

    @Test
    void multipleChoiceMatchesWhenAnyPickMatches() {
        assertThat(holds(new Condition.Equals("channels", "central_system"))).isTrue();
        assertThat(holds(new Condition.In("channels", List.of("meeting", "interview")))).isFalse();
        assertThat(holds(new Condition.In("kind", List.of("copy", "permit")))).isTrue();
    }

    @Test
    void blankTextAndMissingAnswersCountAsEmpty() {
        assertThat(holds(new Condition.NotEmpty("title"))).isFalse();
        assertThat(holds(new Condition.NotEmpty("absent"))).isFalse();
        assertThat(holds(new Condition.NotEmpty("channels"))).isTrue();
        assertThat(holds(new Condition.Equals("absent", "x"))).isFalse();
    }

    @Test
    void boundsNeedAValueAndAreStrict() {
        assertThat(holds(new Condition.LessThan("days", new BigDecimal("15")))).isTrue();
        assertThat(holds(new Condition.LessThan("days", new BigDecimal("14")))).isFalse();
        assertThat(holds(new Condition.GreaterThan("days", new BigDecimal("13.5")))).isTrue();
        assertThat(holds(new Condition.LessThan("absent", new BigDecimal("15")))).isFalse();
    }

    @Test
    void combinatorsNestAsWritten() {
        Condition licensedShort = new Condition.All(List.of(new Condition.Equals("licensed", "true"),
                new Condition.LessThan("days", new BigDecimal("15"))));
        assertThat(holds(licensedShort)).isTrue();
        assertThat(holds(new Condition.Not(licensedShort))).isFalse();
        assertThat(holds(new Condition.Any(List.of(new Condition.NotEmpty("title"),
                new Condition.Equals("kind", "permit"))))).isTrue();
    }
}
