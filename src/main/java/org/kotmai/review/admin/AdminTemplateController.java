package org.kotmai.review.admin;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.review.template.LocalizedText;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.review.template.TemplateProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/templates")
@Tag(name = "Administration: templates", description = "Adding and replacing review template files (admin)")
class AdminTemplateController {

    private final TemplateAdmin admin;
    private final TemplateCatalog catalog;

    AdminTemplateController(TemplateAdmin admin, TemplateCatalog catalog) {
        this.admin = admin;
        this.catalog = catalog;
    }

    /** @param file the file name in the template folder */
    record SavedTemplate(String file, String id, int version, LocalizedText title) {
    }

    @PutMapping("/{file}")
    @Operation(summary = "Add or replace one template file, e.g. PUT /api/admin/templates/my-review.yaml with the"
            + " YAML as the body (admin)",
            description = "The file is checked with every other template exactly as at start-up; a file with"
                    + " problems is refused with 422 listing file, line and reason, and the template in use stays."
                    + " A replaced file must keep its template id and must not lower its version.",
            security = @SecurityRequirement(name = "basic"))
    SavedTemplate save(@PathVariable String file, @RequestBody(required = false) byte[] body) {
        Template saved = admin.save(file, body == null ? new byte[0] : body);
        return new SavedTemplate(saved.file(), saved.id(), saved.version(), saved.title());
    }

    @GetMapping("/problems")
    @Operation(summary = "Template files in the folder that did not load, with file, line and reason (admin)",
            security = @SecurityRequirement(name = "basic"))
    List<TemplateProblem> problems() {
        return catalog.problems();
    }
}
