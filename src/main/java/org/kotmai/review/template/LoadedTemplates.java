package org.kotmai.review.template;

import java.util.List;
import java.util.Optional;

/** The outcome of reading a template folder: what loaded, and why every other file did not. */
public record LoadedTemplates(List<Template> templates, List<TemplateProblem> problems) {

    public LoadedTemplates {
        templates = List.copyOf(templates);
        problems = List.copyOf(problems);
    }

    public Optional<Template> byId(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
