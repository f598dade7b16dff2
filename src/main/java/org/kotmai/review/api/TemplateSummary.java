package org.kotmai.review.api;

import java.util.List;

import org.kotmai.review.template.LocalizedText;
import org.kotmai.review.template.Template;

/** A template as listed: enough to pick one and start a review. */
record TemplateSummary(String id, int version, String jurisdiction, LocalizedText title, List<StepTitle> steps) {

    record StepTitle(String id, LocalizedText title) {
    }

    static TemplateSummary of(Template t) {
        return new TemplateSummary(t.id(), t.version(), t.jurisdiction(), t.title(),
                t.steps().stream().map(s -> new StepTitle(s.id(), s.title())).toList());
    }
}
