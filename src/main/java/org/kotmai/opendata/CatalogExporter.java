package org.kotmai.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.kotmai.catalog.InstrumentType;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole catalog as files: JSON Lines hold every stored field of each law or provision (so that they import back
 * unchanged, see {@link ExportImporter}); CSV holds the fields a spreadsheet user wants, one row each. Laws come
 * ordered by id and provisions by law id and position. Output is written as each page of the catalog is read.
 */
@Service
public class CatalogExporter {

    static final List<String> LAW_COLUMNS = List.of("id", "eli", "type", "ocsCode", "status", "title", "yearBe",
            "yearCe", "effectiveDate", "agency", "agencies", "subjectGroups", "provisionCount", "repealedProvisionCount",
            "sourceId", "sourceUrl", "ingestedAt");
    static final List<String> PROVISION_COLUMNS = List.of("id", "lawId", "kind", "number", "label", "ordinal",
            "repealed", "path", "text");

    private final CatalogReader reader;
    private final JsonMapper json;

    CatalogExporter(CatalogReader reader, JsonMapper json) {
        this.reader = reader;
        this.json = json;
    }

    public void lawsJsonl(OutputStream out) {
        write(out, w -> reader.eachLaw(law -> line(w, json.writeValueAsString(law) + "\n")));
    }

    public void provisionsJsonl(OutputStream out) {
        write(out, w -> reader.eachProvision(p -> line(w, json.writeValueAsString(p) + "\n")));
    }

    public void lawsCsv(OutputStream out) {
        write(out, w -> {
            line(w, CsvRow.of(LAW_COLUMNS));
            reader.eachLaw(law -> line(w, CsvRow.of(LAW_COLUMNS.stream().map(c -> lawField(law, c)).toList())));
        });
    }

    public void provisionsCsv(OutputStream out) {
        write(out, w -> {
            line(w, CsvRow.of(PROVISION_COLUMNS));
            reader.eachProvision(p -> line(w, CsvRow.of(PROVISION_COLUMNS.stream()
                    .map(c -> provisionField(p, c)).toList())));
        });
    }

    private static String lawField(JsonNode law, String column) {
        return switch (column) {
            case "eli" -> {
                InstrumentType type = ExportImporter.typeNamed(text(law, "type"));
                JsonNode year = law.get("yearBe");
                yield Eli.of(text(law, "id"), type, year == null || year.isNull() ? null : year.asInt()).path();
            }
            case "subjectGroups", "agencies" -> joined(law.get(column), "; ");
            default -> text(law, column);
        };
    }

    private static String provisionField(JsonNode provision, String column) {
        return "path".equals(column) ? joined(provision.get(column), " > ") : text(provision, column);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString();
    }

    private static String joined(JsonNode array, String separator) {
        if (array == null || !array.isArray()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asString()));
        return String.join(separator, items);
    }

    private static void line(Writer out, String line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be sent: " + e.getMessage(), e);
        }
    }

    private static void write(OutputStream stream, Consumer<Writer> body) {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        body.accept(out);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be sent: " + e.getMessage(), e);
        }
    }
}
