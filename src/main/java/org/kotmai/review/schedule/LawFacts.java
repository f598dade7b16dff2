package org.kotmai.review.schedule;

import java.time.LocalDate;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

/**
 * What the schedule needs to know of a catalogued law.
 *
 * @param effectiveDate date of entry into force when catalogued, or null
 * @param gazetteDate   date of the law's own Royal Gazette publication (its first footnote citing one), or null
 */
record LawFacts(String id, String title, InstrumentType type, LawStatus status, String agency, Integer yearBe,
                LocalDate effectiveDate, LocalDate gazetteDate) {
}
