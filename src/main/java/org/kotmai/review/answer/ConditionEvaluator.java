package org.kotmai.review.answer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.kotmai.review.template.Condition;

/** Decides whether a template condition holds for a set of answers and computed values. */
final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    /**
     * @param valueOf raw answer or computed value of a field, null when there is none
     */
    static boolean holds(Condition condition, Function<String, Object> valueOf) {
        if (condition instanceof Condition.Equals eq) {
            return matchesAny(valueOf.apply(eq.field()), List.of(eq.value()));
        }
        if (condition instanceof Condition.In in) {
            return matchesAny(valueOf.apply(in.field()), in.values());
        }
        if (condition instanceof Condition.NotEmpty notEmpty) {
            return !AnswerValues.isEmpty(valueOf.apply(notEmpty.field()));
        }
        if (condition instanceof Condition.LessThan lt) {
            BigDecimal n = AnswerValues.number(valueOf.apply(lt.field()));
            return n != null && n.compareTo(lt.bound()) < 0;
        }
        if (condition instanceof Condition.GreaterThan gt) {
            BigDecimal n = AnswerValues.number(valueOf.apply(gt.field()));
            return n != null && n.compareTo(gt.bound()) > 0;
        }
        if (condition instanceof Condition.All all) {
            return all.conditions().stream().allMatch(c -> holds(c, valueOf));
        }
        if (condition instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(c -> holds(c, valueOf));
        }
        return !holds(((Condition.Not) condition).condition(), valueOf);
    }

    private static boolean matchesAny(Object answer, List<String> expected) {
        if (AnswerValues.isEmpty(answer)) {
            return false;
        }
        if (answer instanceof Collection<?> picks) {
            return picks.stream().anyMatch(pick -> matchesAny(pick, expected));
        }
        BigDecimal number = answer instanceof Number ? AnswerValues.number(answer) : null;
        for (String value : expected) {
            if (number != null) {
                BigDecimal other = AnswerValues.number(value);
                if (other != null && other.compareTo(number) == 0) {
                    return true;
                }
            } else if (AnswerValues.text(answer).equals(value)) {
                return true;
            }
        }
        return false;
    }
}
