package org.kotmai.review.schedule;

/** What the due date counts from, most reliable first. */
public enum DateBasis {
    /** The last published ex-post evaluation. */
    LAST_EVALUATION,
    /** The catalogued date of entry into force. */
    EFFECTIVE_DATE,
    /** The law's Royal Gazette publication; entry into force is usually that day or soon after. */
    GAZETTE_DATE,
    /** Only the Buddhist Era year is known; counted from its 1 January, the earliest the law can have come
     * into force, so that an overdue law is never missed. */
    BE_YEAR
}
