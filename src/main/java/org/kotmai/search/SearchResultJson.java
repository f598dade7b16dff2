package org.kotmai.search;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a {@link SearchResult} as the JSON the application's object mapper writes for it (same names, nulls and
 * values), straight through a generator. Mapping the records by reflection was about a tenth of the
 * application's CPU per search; {@code SearchApiIntegrationTest} holds the two outputs equal.
 */
final class SearchResultJson {

    /** A first page with highlights is typically 8-16 KiB. */
    private static final int INITIAL_CAPACITY = 16 * 1024;

    private final JsonFactory json = new JsonFactory();

    byte[] write(SearchResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_CAPACITY);
        try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("query", result.query());
            g.writeNumberProperty("total", result.total());
            g.writeNumberProperty("page", result.page());
            g.writeNumberProperty("size", result.size());
            array(g, "hits", result.hits(), hit -> hit(g, hit));
            array(g, "groups", result.groups(), group -> group(g, group));
            g.writeName("facets");
            facets(g, result.facets());
            g.writeStringProperty("didYouMean", result.didYouMean());
            g.writeName("understood");
            interpretation(g, result.understood());
            g.writeNumberProperty("tookMillis", result.tookMillis());
            g.writeBooleanProperty("totalExact", result.totalExact());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void hit(JsonGenerator g, SearchHit hit) {
        g.writeStartObject();
        g.writeStringProperty("lawId", hit.lawId());
        g.writeStringProperty("sourceId", hit.sourceId());
        g.writeStringProperty("lawTitle", hit.lawTitle());
        g.writeStringProperty("lawType", hit.lawType() == null ? null : hit.lawType().name());
        g.writeStringProperty("lawStatus", hit.lawStatus() == null ? null : hit.lawStatus().name());
        integer(g, "yearBe", hit.yearBe());
        g.writeStringProperty("provision", hit.provision());
        g.writeStringProperty("label", hit.label());
        strings(g, "path", hit.path());
        g.writeBooleanProperty("repealed", hit.repealed());
        strings(g, "highlights", hit.highlights());
        g.writeNumberProperty("score", hit.score());
        g.writeStringProperty("match", hit.match());
        g.writeEndObject();
    }

    private static void group(JsonGenerator g, SearchResult.LawGroup group) {
        g.writeStartObject();
        g.writeStringProperty("lawId", group.lawId());
        g.writeStringProperty("lawTitle", group.lawTitle());
        g.writeStringProperty("lawType", group.lawType());
        g.writeStringProperty("lawStatus", group.lawStatus());
        integer(g, "yearBe", group.yearBe());
        strings(g, "provisions", group.provisions());
        g.writeEndObject();
    }

    private static void facets(JsonGenerator g, Map<String, List<SearchResult.FacetCount>> facets) {
        if (facets == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        facets.forEach((facet, counts) -> {
            g.writeName(facet);
            if (counts == null) {
                g.writeNull();
                return;
            }
            g.writeStartArray();
            for (SearchResult.FacetCount count : counts) {
                g.writeStartObject();
                g.writeStringProperty("value", count.value());
                g.writeNumberProperty("count", count.count());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        g.writeEndObject();
    }

    private static void interpretation(JsonGenerator g, SearchResult.Interpretation understood) {
        if (understood == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        strings(g, "citations", understood.citations());
        strings(g, "laws", understood.laws());
        strings(g, "terms", understood.terms());
        g.writeEndObject();
    }

    private static void integer(JsonGenerator g, String name, Integer value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else {
            g.writeNumberProperty(name, value.intValue());
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        array(g, name, values, g::writeString);
    }

    private static <T> void array(JsonGenerator g, String name, List<T> values, Consumer<T> element) {
        g.writeName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        values.forEach(element);
        g.writeEndArray();
    }
}
