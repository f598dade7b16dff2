package org.kotmai.review.workflow;

import java.time.Instant;

/**
 * What the committee decided.
 *
 * @param outcome the outcome id, from the template's decision rules unless the committee chose another
 * @param note    the committee's reasons, free text; may be empty
 */
public record Decision(String outcome, String note, String decidedBy, Instant decidedAt) {
}
