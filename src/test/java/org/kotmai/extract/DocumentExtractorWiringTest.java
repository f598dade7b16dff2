package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class DocumentExtractorWiringTest {

    @Configuration
    @EnableConfigurationProperties(IngestLimits.class)
    @Import(DocumentExtractor.class)
    static class ExtractConfig {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ExtractConfig.class);

    @Test
    void bindsLimitsFromPropertiesAndCreatesTheExtractor() {
        context.withPropertyValues("kotmai.ingest.limits.max-file-size=5MB",
                        "kotmai.ingest.limits.parse-timeout=2m")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(DocumentExtractor.class);
                    IngestLimits limits = ctx.getBean(IngestLimits.class);
                    assertThat(limits.maxFileSize().toMegabytes()).isEqualTo(5);
                    assertThat(limits.parseTimeout()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(limits.maxExtractedChars()).isEqualTo(IngestLimits.defaults().maxExtractedChars());
                });
    }

    @Test
    void refusesToStartWithANonPositiveLimit() {
        context.withPropertyValues("kotmai.ingest.limits.max-zip-entries=0")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("kotmai.ingest.limits.max-zip-entries"));
    }
}
