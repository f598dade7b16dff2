package org.kotmai.review.api;

import java.util.Collection;
import java.util.List;

import org.kotmai.review.template.Choice;
import org.kotmai.review.template.Computed;
import org.kotmai.review.template.Condition;
import org.kotmai.review.template.LocalizedText;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.SourceRef;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.Validation;

/**
 * A whole template for a form to render: steps, questions with their conditions and limits, computed values with
 * their formulas, and the outcomes the committee can reach.
 */
record TemplateView(String id, int version, String jurisdiction, LocalizedText title, Collection<SourceRef> sources,
                    List<StepView> steps, List<ComputedView> computed, List<OutcomeView> outcomes) {

    record StepView(String id, LocalizedText title, List<QuestionView> questions) {
    }

    /** @param type the template spelling, e.g. {@code yes_no} */
    record QuestionView(String id, String type, LocalizedText text, String source, boolean required,
                        Condition showWhen, Condition requireWhen, Validation validation, List<Choice> options,
                        List<QuestionView> columns, List<ComputedView> rowComputed) {

        static QuestionView of(Question q) {
            return new QuestionView(q.id(), q.type().yamlName(), q.text(), q.source() == null ? null : q.source().id(),
                    q.required(), q.showWhen(), q.requireWhen(), q.validation(), q.options(),
                    q.columns().stream().map(QuestionView::of).toList(),
                    q.rowComputed().stream().map(ComputedView::of).toList());
        }
    }

    record ComputedView(String id, LocalizedText label, String formula) {
        static ComputedView of(Computed c) {
            return new ComputedView(c.id(), c.label(), c.formula().source());
        }
    }

    record OutcomeView(String outcome, LocalizedText label) {
    }

    static TemplateView of(Template t) {
        return new TemplateView(t.id(), t.version(), t.jurisdiction(), t.title(), t.sources().values(),
                t.steps().stream().map(s -> new StepView(s.id(), s.title(),
                        s.questions().stream().map(QuestionView::of).toList())).toList(),
                t.computed().stream().map(ComputedView::of).toList(),
                t.decisions().stream().map(d -> new OutcomeView(d.outcome(), d.label())).distinct().toList());
    }
}
