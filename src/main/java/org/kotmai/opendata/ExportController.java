package org.kotmai.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole catalog as downloadable files, streamed while the catalog is read. */
@RestController
@RequestMapping("/api/export")
@Tag(name = "Open data")
class ExportController {

    static final String JSONL = "application/jsonl";
    static final String CSV = "text/csv";

    private final CatalogExporter exporter;

    ExportController(CatalogExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping(value = "/laws.jsonl", produces = JSONL)
    @Operation(summary = "Every law, one JSON record a line, ordered by id",
            description = "Every stored field, including the full text. With provisions.jsonl it imports back: "
                    + "POST /api/imports {\"source\":\"export\",\"path\":<folder with both files>}.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = JSONL)))
    void lawsJsonl(HttpServletResponse response) throws IOException {
        send(response, JSONL, "laws.jsonl", exporter::lawsJsonl);
    }

    @GetMapping(value = "/provisions.jsonl", produces = JSONL)
    @Operation(summary = "Every provision, one JSON record a line, ordered by law id and position",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = JSONL)))
    void provisionsJsonl(HttpServletResponse response) throws IOException {
        send(response, JSONL, "provisions.jsonl", exporter::provisionsJsonl);
    }

    @GetMapping(value = "/laws.csv", produces = CSV)
    @Operation(summary = "Every law as a CSV row (RFC 4180, UTF-8 without BOM, header row)",
            description = "Columns: id, eli, type, ocsCode, status, title, yearBe, yearCe, effectiveDate, agency, "
                    + "agencies and subjectGroups ('; '-separated), provisionCount, repealedProvisionCount, sourceId, sourceUrl, "
                    + "ingestedAt.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV)))
    void lawsCsv(HttpServletResponse response) throws IOException {
        send(response, CSV, "laws.csv", exporter::lawsCsv);
    }

    @GetMapping(value = "/provisions.csv", produces = CSV)
    @Operation(summary = "Every provision as a CSV row (RFC 4180, UTF-8 without BOM, header row)",
            description = "Columns: id, lawId, kind, number, label, ordinal, repealed, path (headings joined by "
                    + "' > '), text.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV)))
    void provisionsCsv(HttpServletResponse response) throws IOException {
        send(response, CSV, "provisions.csv", exporter::provisionsCsv);
    }

    private static void send(HttpServletResponse response, String mediaType, String fileName,
            Consumer<OutputStream> body) throws IOException {
        response.setContentType(mediaType + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        body.accept(response.getOutputStream());
    }
}
