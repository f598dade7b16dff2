package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

class IngestLimitsTest {

    @Test
    void defaultsMatchTheDocumentedValues() {
        IngestLimits limits = IngestLimits.defaults();

        assertThat(limits.maxFileSize()).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(limits.maxExtractedChars()).isEqualTo(5_000_000);
        assertThat(limits.maxZipExpansionRatio()).isEqualTo(100);
        assertThat(limits.maxZipUncompressedSize()).isEqualTo(DataSize.ofGigabytes(1));
        assertThat(limits.maxZipEntries()).isEqualTo(10_000);
        assertThat(limits.parseTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void applicationYamlBindsToTheSameLimits() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addFirst);

        IngestLimits bound = new Binder(ConfigurationPropertySources.get(environment))
                .bind("kotmai.ingest.limits", IngestLimits.class).get();

        assertThat(bound).isEqualTo(IngestLimits.defaults());
    }

    @Test
    void rejectsANonPositiveLimitNamingTheProperty() {
        assertThatThrownBy(() -> new IngestLimits(DataSize.ofMegabytes(50), 0, 100, DataSize.ofGigabytes(1),
                10_000, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kotmai.ingest.limits.max-extracted-chars")
                .hasMessageContaining("application.yml");
    }
}
