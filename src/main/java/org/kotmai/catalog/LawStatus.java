package org.kotmai.catalog;

/** Whether an instrument is law today. Mirrors the OCS status codes 01 / 02 / 00. */
public enum LawStatus {
    IN_FORCE,
    AWAITING_COMMENCEMENT,
    REPEALED,
    UNKNOWN,
    /**
     * A draft uploaded for review, not law at all: catalogued like a law so reviews can cite its provisions, but
     * left out of the public catalog listing and of search; signed-in users read it by id.
     */
    DRAFT;

    /** Whether the public may see an instrument with this status. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
