package org.kotmai.review.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A review workflow read from one YAML file in the template folder.
 *
 * @param jurisdiction who the template serves, e.g. {@code TH} or {@code OECD}
 * @param file         the file it was read from, so later problems can point back to it
 */
public record Template(String id, int version, String jurisdiction, LocalizedText title,
                       Map<String, SourceRef> sources, List<Step> steps, List<Computed> computed,
                       List<Warning> warnings, List<DecisionRule> decisions, List<ReportSection> report,
                       String file) {

    public Template {
        sources = Map.copyOf(sources);
        steps = List.copyOf(steps);
        computed = List.copyOf(computed);
        warnings = List.copyOf(warnings);
        decisions = List.copyOf(decisions);
        report = List.copyOf(report);
    }

    /** All top-level questions in step order (table columns stay inside their table). */
    public Stream<Question> questions() {
        return steps.stream().flatMap(s -> s.questions().stream());
    }

    public Optional<Question> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }
}
