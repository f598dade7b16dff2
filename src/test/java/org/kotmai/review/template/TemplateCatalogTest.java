package org.kotmai.review.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class TemplateCatalogTest {

    @Test
    void defaultTemplateFolderIsRiaTemplatesInTheWorkingDirectory() {
        ReviewProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("kotmai.review", ReviewProperties.class);

        assertThat(properties.templateDir().normalize()).isEqualTo(Path.of("ria-templates"));
    }

    @Test
    void templateFolderCanBeConfigured() {
        ReviewProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("kotmai.review.template-dir", "/srv/templates")))
                .bindOrCreate("kotmai.review", ReviewProperties.class);

        assertThat(properties.templateDir()).isEqualTo(Path.of("/srv/templates"));
    }

    @Test
    void catalogServesTheGoodTemplatesAndKeepsTheProblems() {
        TemplateCatalog catalog = new TemplateCatalog(new ReviewProperties(TemplateLoaderTest.fixtureFolder()));

        assertThat(catalog.templates()).extracting(Template::id).containsExactly("fee_review");
        assertThat(catalog.byId("fee_review")).isPresent();
        assertThat(catalog.byId("cycle")).isEmpty();
        assertThat(catalog.problems()).extracting(TemplateProblem::file)
                .containsExactly("bad-yaml.yaml", "cycle.yaml", "missing-field.yaml", "unknown-type.yaml");
    }

    @Test
    void springWiresTheCatalogToTheConfiguredFolder() {
        new ApplicationContextRunner()
                .withUserConfiguration(CatalogOnly.class)
                .withPropertyValues("kotmai.review.template-dir=ria-templates")
                .run(context -> assertThat(context.getBean(TemplateCatalog.class).templates()).hasSize(5));
    }

    @Configuration
    @EnableConfigurationProperties(ReviewProperties.class)
    @Import(TemplateCatalog.class)
    static class CatalogOnly {
    }
}
