package org.kotmai.search;

import static org.kotmai.search.ResponseTokens.eachObject;
import static org.kotmai.search.ResponseTokens.nextProperty;

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
 * tokens straight into {@link ProvisionView}s. The whole source is asked for: besides the shown fields it holds
 * the provision's paragraphs and history (the search tokens are indexed but not stored), but Elasticsearch sends a
 * whole source as stored, while picking fields out of it parses it all and cost the node more per multi-get than
 * sending it; skipping the rest here is cheap.
 */
@Component
class ProvisionViews {

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
                Map.of("realtime", "false"), body.toByteArray());
    }

    static Map<String, ProvisionView> readDocs(JsonParser p) {
        Map<String, ProvisionView> out = new LinkedHashMap<>();
        while (nextProperty(p)) {
            if (p.currentName().equals("docs")) {
                eachObject(p, () -> readDoc(p, out));
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    private static void readDoc(JsonParser p, Map<String, ProvisionView> out) {
        String id = null;
        ProvisionView view = null;
        while (nextProperty(p)) {
            String field = p.currentName();
            if (field.equals("_id")) {
                id = p.getString();
            } else if (field.equals("_source") && p.currentToken() == JsonToken.START_OBJECT) {
                view = readSource(p);
            } else {
                p.skipChildren();
            }
        }
        // A document not found, or an error for it, has no source.
        if (id != null && view != null) {
            out.put(id, view);
        }
    }

    /** The shown fields of a source; the others (paragraphs, history, search tokens) are skipped unread. */
    private static ProvisionView readSource(JsonParser p) {
        String id = null;
        String lawId = null;
        String sourceId = null;
        String lawTitle = null;
        InstrumentType lawType = null;
        LawStatus lawStatus = null;
        Integer yearBe = null;
        String number = null;
        String label = null;
        List<String> path = null;
        String text = null;
        boolean repealed = false;
        while (nextProperty(p)) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (p.currentName()) {
                case "id" -> id = p.getString();
                case "lawId" -> lawId = p.getString();
                case "sourceId" -> sourceId = p.getString();
                case "lawTitle" -> lawTitle = p.getString();
                case "lawType" -> lawType = InstrumentType.valueOf(p.getString());
                case "lawStatus" -> lawStatus = LawStatus.valueOf(p.getString());
                case "yearBe" -> yearBe = p.getValueAsInt();
                case "number" -> number = p.getString();
                case "label" -> label = p.getString();
                case "path" -> path = strings(p);
                case "text" -> text = p.getString();
                case "repealed" -> repealed = p.getValueAsBoolean();
                default -> p.skipChildren();
            }
        }
        return new ProvisionView(id, lawId, sourceId, lawTitle, lawType, lawStatus, yearBe, number, label, path,
                text, repealed);
    }

    private static List<String> strings(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return List.of(p.getValueAsString());
        }
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(p.getValueAsString());
        }
        return out;
    }
}
