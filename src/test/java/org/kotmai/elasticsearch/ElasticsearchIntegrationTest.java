package org.kotmai.elasticsearch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A {@code @SpringBootTest} whose application talks to the real Elasticsearch node shared by the test JVM (see
 * {@link SharedElasticsearchNode}); indices are prefixed {@value SharedElasticsearchNode#INDEX_PREFIX}. Tests that
 * need isolation from each other set their own {@code kotmai.elasticsearch.index-prefix} in
 * {@link #properties()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SharedElasticsearchNode.class)
@SpringBootTest
public @interface ElasticsearchIntegrationTest {

    /** Extra Spring properties, as in {@link SpringBootTest#properties()}. */
    @org.springframework.core.annotation.AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** Web environment, as in {@link SpringBootTest#webEnvironment()}. */
    @org.springframework.core.annotation.AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
