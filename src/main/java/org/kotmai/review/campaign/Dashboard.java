package org.kotmai.review.campaign;

import java.util.List;
import java.util.Map;

/**
 * Where a campaign stands.
 *
 * @param byState    items per review state, including {@code NO_REVIEW}; every state is listed, zero or not
 * @param byDecision items per committee outcome (keep, amend, repeal and any other of the template), and
 *                   {@code undecided}
 * @param perAgency  the same figures per agency, agencies in alphabetical order
 */
public record Dashboard(String campaignId, String title, int items, Map<String, Long> byState,
                        Map<String, Long> byDecision, Burden burden, List<AgencyFigures> perAgency) {

    /** One agency's share of the campaign. */
    public record AgencyFigures(String agency, int items, Map<String, Long> byDecision, Burden burden) {
    }
}
