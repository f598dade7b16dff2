package org.kotmai.relations;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** Every relation as open data, streamed page by page so that memory stays flat however many there are. */
@RestController
@RequestMapping("/api/export")
@Tag(name = "Relations", description = "Citations, delegation, amendments and repeals between laws")
class RelationExportController {

    private static final String[] COLUMNS = {"id", "kind", "sourceLawId", "sourceProvision", "targetLawId",
        "targetProvision", "targetParagraph", "targetItem", "targetTitle", "targetYearBe", "resolved", "date",
        "evidence"};

    private final RelationQueries relations;
    private final JsonMapper json;

    RelationExportController(RelationQueries relations, JsonMapper json) {
        this.relations = relations;
        this.json = json;
    }

    @GetMapping(value = "/relations.jsonl", produces = "application/x-ndjson")
    @Operation(summary = "All relations, one JSON object a line", description = "Fields as in GET "
            + "/api/laws/{id}/relations; in id order.")
    ResponseEntity<StreamingResponseBody> jsonLines() {
        return ResponseEntity.ok().contentType(new MediaType("application", "x-ndjson", StandardCharsets.UTF_8))
                .body(out -> write(out, w -> relations.each(r -> line(w, json.writeValueAsString(r)))));
    }

    @GetMapping(value = "/relations.csv", produces = "text/csv")
    @Operation(summary = "All relations as CSV (RFC 4180, UTF-8, header row)", description = "Columns: "
            + "id, kind, sourceLawId, sourceProvision, targetLawId, targetProvision, targetParagraph, targetItem, "
            + "targetTitle, targetYearBe, resolved, date, evidence; empty where unknown.")
    ResponseEntity<StreamingResponseBody> csv() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out -> write(out, w -> {
                    line(w, String.join(",", COLUMNS));
                    relations.each(r -> line(w, Stream.of(r.id(), r.kind(), r.sourceLawId(), r.sourceProvision(),
                            r.targetLawId(), r.targetProvision(), r.targetParagraph(), r.targetItem(),
                            r.targetTitle(), r.targetYearBe(), r.resolved(), r.date(), r.evidence())
                            .map(RelationExportController::cell).collect(Collectors.joining(","))));
                }));
    }

    private interface Body {
        void writeTo(Writer writer);
    }

    private static void write(java.io.OutputStream out, Body body) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            body.writeTo(writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static void line(Writer writer, String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object value) {
        String s = Objects.toString(value, "");
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
