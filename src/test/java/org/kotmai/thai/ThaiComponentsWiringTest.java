package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class ThaiComponentsWiringTest {

    @Test
    void springBuildsTheAnalyzerFromPackagePrivateComponents() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(ThaiTextRepair.class,
                ThaiWordSegmenter.class, ThaiAbbreviations.class, ThaiAnalyzer.class)) {
            ThaiAnalyzer analyzer = context.getBean(ThaiAnalyzer.class);

            assertThat(analyzer.analyzedForIndex("พ.ร.บ. ๒๕๖๒")).isEqualTo("พรบ 2562");
        }
    }
}
