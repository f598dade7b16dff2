package org.kotmai.review.workflow;

/** What a review examines. */
public enum SubjectKind {
    /** A whole catalogued law. */
    LAW,
    /** Some provisions of one catalogued law. */
    PROVISIONS,
    /** A draft uploaded through {@code POST /api/laws} and catalogued like any law. */
    DRAFT
}
