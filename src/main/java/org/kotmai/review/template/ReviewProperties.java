package org.kotmai.review.template;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the review workflows.
 *
 * @param templateDir folder holding the review templates, one {@code *.yaml} file per template; relative paths are
 *                    resolved against the working directory, so the default finds {@code ria-templates/} when the
 *                    service is started from the project root
 */
@ConfigurationProperties("kotmai.review")
public record ReviewProperties(@DefaultValue("./ria-templates") Path templateDir) {
}
