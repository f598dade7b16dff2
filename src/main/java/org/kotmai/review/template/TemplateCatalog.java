package org.kotmai.review.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The review templates available to the service, loaded at start-up and again on {@link #reload()} after an admin
 * changed a file. A broken template file is logged with its name, line and reason and left out; the service still
 * starts with the templates that are fine.
 */
@Component
public class TemplateCatalog {

    private static final Logger log = LoggerFactory.getLogger(TemplateCatalog.class);

    private final ReviewProperties properties;
    private volatile LoadedTemplates loaded;

    public TemplateCatalog(ReviewProperties properties) {
        this.properties = properties;
        this.loaded = load();
    }

    /** Reads the template folder again; readers see either the old or the new set, never a mix. */
    public synchronized LoadedTemplates reload() {
        loaded = load();
        return loaded;
    }

    /** The folder the templates are read from. */
    public Path folder() {
        return properties.templateDir();
    }

    private LoadedTemplates load() {
        LoadedTemplates read = new TemplateLoader().loadFolder(properties.templateDir());
        for (TemplateProblem problem : read.problems()) {
            log.error("Review template rejected: {}", problem);
        }
        log.info("Loaded {} review template(s) from {}: {}", read.templates().size(),
                properties.templateDir().toAbsolutePath().normalize(),
                read.templates().stream().map(Template::id).toList());
        return read;
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
