package org.kotmai.review.schedule;

/** Where a law stands in the ex-post evaluation schedule. */
public enum ScheduleStatus {
    /** The next evaluation is due on or after today. */
    DUE,
    /** The due date has passed without a published evaluation. */
    OVERDUE,
    /** Not evaluated: exempt type, a one-off or lapsed time-limited law, or an evaluation found it exempt. */
    EXEMPT,
    /** Repealed, or not yet in force with no date of entry into force. */
    NOT_IN_FORCE,
    /** No date is known to count from (no entry into force, gazette date or year). */
    UNKNOWN
}
