package org.kotmai.search;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kotmai.catalog.CatalogIndices;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the provisions a page shows, in one multi-get; their texts are the bulk of the response, so it is read as
 * tokens straight into {@link ProvisionView}s. The shown fields are stored apart from the document's source
 * (see the provisions mapping): the source also holds the provision's paragraphs, history and search tokens,
 * several times the text, and picking fields out of it made up two thirds of the node's time on a multi-get.
 */
@Component
class ProvisionViews {

    private static final String STORED_FIELDS = String.join(",", ProvisionView.FIELDS);

    private final CatalogIndices indices;
    private final RawSearches searches;
    private final JsonFactory json = new JsonFactory();

    ProvisionViews(CatalogIndices indices, RawSearches searches) {
        this.indices = indices;
        this.searches = searches;
    }

    /** The shown fields of the provisions with these ids, by id; ids not in the catalog are left out. */
    Map<String, ProvisionView> read(List<String> ids) {
        return ids.isEmpty() ? Map.of() : searches.send(request(ids), ProvisionViews::readDocs);
    }

    /** The multi-get of these provisions; the last refreshed state is enough for showing a result. */
    RawRequest request(List<String> ids) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(32 + 24 * ids.size());
        try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), body)) {
            g.writeStartObject();
            g.writeName("ids");
            g.writeStartArray();
            ids.forEach(g::writeString);
            g.writeEndArray();
            g.writeEndObject();
        }
        return new RawRequest("POST", "/" + indices.provisions() + "/_mget",
                Map.of("realtime", "false", "_source", "false", "stored_fields", STORED_FIELDS), body.toByteArray());
    }

    static Map<String, ProvisionView> readDocs(JsonParser p) {
        Map<String, ProvisionView> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (!name.equals("docs") || p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String id = null;
                ProvisionView view = null;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("_id")) {
                        id = p.getString();
                    } else if (field.equals("fields") && p.currentToken() == JsonToken.START_OBJECT) {
                        view = readFields(p);
                    } else {
                        p.skipChildren();
                    }
                }
                // A document not found, or an error for it, has no fields.
                if (id != null && view != null) {
                    out.put(id, view);
                }
            }
        }
        return out;
    }

    /** Stored fields come as arrays, one value each except the headings. */
    private static ProvisionView readFields(JsonParser p) {
        String id = null;
        String lawId = null;
        String sourceId = null;
        String lawTitle = null;
        InstrumentType lawType = null;
        LawStatus lawStatus = null;
        Integer yearBe = null;
        String number = null;
        String label = null;
        List<String> path = List.of();
        String text = null;
        boolean repealed = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            List<String> values = strings(p);
            if (values.isEmpty()) {
                continue;
            }
            String first = values.get(0);
            switch (field) {
                case "id" -> id = first;
                case "lawId" -> lawId = first;
                case "sourceId" -> sourceId = first;
                case "lawTitle" -> lawTitle = first;
                case "lawType" -> lawType = InstrumentType.valueOf(first);
                case "lawStatus" -> lawStatus = LawStatus.valueOf(first);
                case "yearBe" -> yearBe = Integer.valueOf(first);
                case "number" -> number = first;
                case "label" -> label = first;
                case "path" -> path = values;
                case "text" -> text = first;
                case "repealed" -> repealed = Boolean.parseBoolean(first);
                default -> { }
            }
        }
        return new ProvisionView(id, lawId, sourceId, lawTitle, lawType, lawStatus, yearBe, number, label, path,
                text, repealed);
    }

    /** The scalar values of a field, as text; nested objects are skipped. */
    private static List<String> strings(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return p.currentToken().isScalarValue() && p.currentToken() != JsonToken.VALUE_NULL
                    ? List.of(p.getValueAsString()) : List.of();
        }
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken().isScalarValue() && p.currentToken() != JsonToken.VALUE_NULL) {
                out.add(p.getValueAsString());
            } else {
                p.skipChildren();
            }
        }
        return out;
    }
}
