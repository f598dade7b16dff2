package org.kotmai.catalog;

/** Whether an instrument is law today. Mirrors the OCS status codes 01 / 02 / 00. */
public enum LawStatus {
    IN_FORCE,
    AWAITING_COMMENCEMENT,
    REPEALED,
    UNKNOWN
}
