package org.kotmai.review.admin;

import java.util.List;

import org.kotmai.review.template.TemplateProblem;

/** An uploaded template that would not load; answered as 422 listing each problem with file, line and reason. */
class TemplateRejectedException extends RuntimeException {

    private final List<TemplateProblem> problems;

    TemplateRejectedException(String file, List<TemplateProblem> problems) {
        super("Template " + file + " was not saved; the template in use stays as it was. Fix: " + problems);
        this.problems = List.copyOf(problems);
    }

    List<TemplateProblem> problems() {
        return problems;
    }
}
