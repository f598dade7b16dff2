package org.kotmai.ingest;

import org.kotmai.web.BadRequestException;

import java.net.URI;
import java.nio.file.Path;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Bulk import of law files into the catalog")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    /**
     * @param source "krisdika" (a folder with law_url_df.csv and law/&lt;sysid&gt;.txt), "folder", or "export" (a
     *               folder with laws.jsonl and provisions.jsonl from GET /api/export)
     * @param path   a folder on the server
     */
    record ImportRequest(String source, String path) {
    }

    @PostMapping
    @Operation(summary = "Start a bulk import", description = "Returns at once with the import id; poll "
            + "GET /api/imports/{id} for progress and the ingest report.")
    ResponseEntity<ImportStatus> start(@RequestBody ImportRequest request) {
        if (request.path() == null || request.path().isBlank()) {
            throw new BadRequestException("path", "missing; give the folder to import.");
        }
        ImportStatus status = imports.start(ImportSource.parse(request.source()), Path.of(request.path()));
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + status.id())).body(status);
    }

    @GetMapping("/{id}")
    @Operation(summary = "State, progress (count, rate, ETA) and ingest report of an import")
    ImportStatus status(@PathVariable String id) {
        return imports.find(id).orElseThrow(() -> new org.kotmai.web.NotFoundException(
                "No import with id '" + id + "'. Ids are returned by POST /api/imports."));
    }
}
