package org.kotmai.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.kotmai.review.template.LoadedTemplates;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/** The templates in ria-templates/ are data the service depends on; they must all load cleanly. */
class ShippedTemplatesTest {

    static final Path TEMPLATE_DIR = Path.of("ria-templates");

    static LoadedTemplates shipped() {
        return new TemplateLoader().loadFolder(TEMPLATE_DIR);
    }

    @Test
    void everyShippedTemplateLoadsWithoutProblems() {
        LoadedTemplates loaded = shipped();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.templates()).extracting(Template::id).containsExactlyInAnyOrder(
                "guillotine_review", "standard_cost_model", "oecd_checklist", "th_ex_post_evaluation",
                "th_ria_report");
    }

    @Test
    void everyQuestionNamesASourceAndNoSourceClaimsVerifiedWording() {
        for (Template template : shipped().templates()) {
            assertThat(template.questions()).allSatisfy(q -> assertThat(q.source()).isNotNull());
            assertThat(template.sources().values())
                    .as("%s: wording was never compared with an official text", template.id())
                    .allSatisfy(s -> assertThat(s.verified()).isFalse());
        }
    }
}
