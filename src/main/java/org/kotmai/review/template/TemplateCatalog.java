package org.kotmai.review.template;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The review templates available to the service, loaded once at start-up. A broken template file is logged with
 * its name, line and reason and left out; the service still starts with the templates that are fine.
 */
@Component
public class TemplateCatalog {

    private static final Logger log = LoggerFactory.getLogger(TemplateCatalog.class);

    private final LoadedTemplates loaded;

    public TemplateCatalog(ReviewProperties properties) {
        this.loaded = new TemplateLoader().loadFolder(properties.templateDir());
        for (TemplateProblem problem : loaded.problems()) {
            log.error("Review template rejected: {}", problem);
        }
        log.info("Loaded {} review template(s) from {}: {}", loaded.templates().size(),
                properties.templateDir().toAbsolutePath().normalize(),
                loaded.templates().stream().map(Template::id).toList());
    }

    public List<Template> templates() {
        return loaded.templates();
    }

    public Optional<Template> byId(String id) {
        return loaded.byId(id);
    }

    public List<TemplateProblem> problems() {
        return loaded.problems();
    }
}
