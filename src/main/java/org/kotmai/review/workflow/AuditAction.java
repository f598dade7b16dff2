package org.kotmai.review.workflow;

/** Kinds of change recorded in a review's audit trail. */
public enum AuditAction {
    CREATED,
    ANSWER_CHANGED,
    STATE_CHANGED,
    DECIDED,
    ASSIGNEES_CHANGED,
    ATTACHMENT_ADDED,
    ATTACHMENT_REMOVED
}
