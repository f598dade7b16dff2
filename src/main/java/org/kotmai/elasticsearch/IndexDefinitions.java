package org.kotmai.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/** Finds the index definitions on the classpath (or wherever {@code kotmai.elasticsearch.index-resources} says). */
final class IndexDefinitions {

    private IndexDefinitions() {
    }

    static List<IndexDefinition> load(ResourcePatternResolver resolver, String pattern) {
        JsonMapper json = JsonMapper.builder().build();
        List<IndexDefinition> definitions = new ArrayList<>();
        try {
            for (Resource resource : resolver.getResources(pattern)) {
                definitions.add(IndexDefinition.read(resource, json));
            }
        } catch (IOException e) {
            throw new IndexSetupException("Cannot list index definitions at " + pattern
                    + " (kotmai.elasticsearch.index-resources): " + e.getMessage(), e);
        }
        return definitions;
    }
}
