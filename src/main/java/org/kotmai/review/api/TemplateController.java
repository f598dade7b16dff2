package org.kotmai.review.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.review.template.TemplateProblem;
import org.kotmai.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/templates")
@Tag(name = "Templates", description = "Review templates loaded from kotmai.review.template-dir")
class TemplateController {

    private final TemplateCatalog templates;

    TemplateController(TemplateCatalog templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "Every loaded template with its id, version, title and steps")
    List<TemplateSummary> list() {
        return templates.templates().stream().map(TemplateSummary::of).toList();
    }

    @GetMapping("/problems")
    @Operation(summary = "Template files that were left out at start, with file, line and reason (admin)",
            security = @SecurityRequirement(name = "basic"))
    List<TemplateProblem> problems() {
        return templates.problems();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One template in full: steps, questions, conditions, computed values and outcomes")
    TemplateView template(@PathVariable String id) {
        return templates.byId(id).map(TemplateView::of).orElseThrow(() -> new NotFoundException(
                "No template '" + id + "'. See GET /api/templates for the ids."));
    }
}
