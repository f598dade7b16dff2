package org.kotmai.review.workflow;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review as stored: the answers to one template about one subject, where it stands and who works on it.
 *
 * @param revision        1 when created, one more with every accepted change; clients send it back as the version
 *                        they edit, so a change made meanwhile is never overwritten
 * @param templateVersion the template version the answers were given against
 * @param owner           the officer who created the review
 * @param assignees       reviewers who may edit its answers
 * @param answers         answers by question id, as JSON values (tables as lists of row objects)
 * @param computed        the template's computed values as of the last save, by id; a value whose inputs are
 *                        missing is absent
 * @param decision        null until the committee decides
 * @param lastChanges     the audit events of the latest revision, kept here too so that an audit write lost to a
 *                        crash is written again with the next change
 */
public record Review(String id, String title, String templateId, int templateVersion, ReviewSubject subject,
                     ReviewState state, String owner, List<String> assignees, Map<String, Object> answers,
                     Map<String, Object> computed, Decision decision, long revision, Instant createdAt,
                     Instant updatedAt, String updatedBy, List<AuditEvent> lastChanges) {

    public Review {
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
        // answers may hold JSON nulls inside tables, which Map.copyOf refuses
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        computed = computed == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(computed));
        lastChanges = lastChanges == null ? List.of() : List.copyOf(lastChanges);
    }
}
