package org.kotmai.review.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kotmai.review.template.Template;
import org.kotmai.web.BadRequestException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a partial set of answers to the stored ones and lists what really changed, field by field, as the
 * old and new JSON text the audit trail keeps. A null answer clears the question.
 */
final class AnswerChanges {

    /** One question whose answer differs; the texts are null when there was or will be no answer. */
    record Change(String questionId, String oldJson, String newJson) {
    }

    private final Map<String, Object> merged;
    private final List<Change> changes;

    private AnswerChanges(Map<String, Object> merged, List<Change> changes) {
        this.merged = merged;
        this.changes = changes;
    }

    /** @throws BadRequestException naming the first answer that is not a question of the template */
    static AnswerChanges apply(Template template, Map<String, Object> current, Map<String, Object> edits,
                               JsonMapper json) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Object> edit : edits.entrySet()) {
            String id = edit.getKey();
            if (template.question(id).isEmpty()) {
                throw new BadRequestException("answers." + id, "template '" + template.id()
                        + "' has no question '" + id + "'; see GET /api/templates/" + template.id());
            }
            String before = current.containsKey(id) ? json.writeValueAsString(current.get(id)) : null;
            String after = edit.getValue() == null ? null : json.writeValueAsString(edit.getValue());
            if (Objects.equals(before, after)) {
                continue;
            }
            if (edit.getValue() == null) {
                merged.remove(id);
            } else {
                merged.put(id, edit.getValue());
            }
            changes.add(new Change(id, before, after));
        }
        return new AnswerChanges(merged, changes);
    }

    Map<String, Object> merged() {
        return merged;
    }

    List<Change> changes() {
        return changes;
    }
}
