package org.kotmai.review.calc;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Regulatory Guillotine decision: a rule that is not necessary or not legal is repealed; one that is both but
 * not business-friendly is amended; one that passes all three is kept. A decision without the reviewer's reasons
 * is refused, because the guillotine relies on a central unit being able to challenge every call.
 */
@Component
public class GuillotineRule {

    public GuillotineDecision decide(GuillotineAssessment assessment) {
        String justification = assessment.justification() == null ? "" : assessment.justification().strip();
        if (justification.isEmpty()) {
            throw new IllegalArgumentException("guillotine assessment: justification is required; explain why the "
                    + "regulation is or is not necessary, legal and business-friendly");
        }
        List<String> failed = new ArrayList<>();
        if (!assessment.necessary()) {
            failed.add("not necessary");
        }
        if (!assessment.legal()) {
            failed.add("not legal");
        }
        if (!failed.isEmpty()) {
            return new GuillotineDecision(GuillotineOutcome.REPEAL, String.join(" and ", failed), justification);
        }
        if (!assessment.businessFriendly()) {
            return new GuillotineDecision(GuillotineOutcome.AMEND, "necessary and legal but not business-friendly",
                    justification);
        }
        return new GuillotineDecision(GuillotineOutcome.KEEP, "necessary, legal and business-friendly",
                justification);
    }
}
