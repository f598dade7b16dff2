package org.kotmai.review.schedule;

import java.time.LocalDate;

/**
 * The latest completed (published) ex-post evaluation of a law.
 *
 * @param completedOn   the day the committee decided it
 * @param intervalYears years until the next one, as the evaluation set it
 * @param exempt        whether it found the law exempt from evaluation (s.29)
 */
record LastEvaluation(String reviewId, LocalDate completedOn, int intervalYears, boolean exempt) {
}
