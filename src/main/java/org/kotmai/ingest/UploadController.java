package org.kotmai.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.kotmai.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Catalog")
class UploadController {

    private final IngestService ingest;
    private final IngestProperties properties;

    UploadController(IngestService ingest, IngestProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @PostMapping(value = "/api/laws", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload one law file (PDF, DOCX, DOC, ODT, RTF, HTML, TXT) and catalog it",
            description = "Re-uploading a file of the same name replaces the law catalogued from it. The optional "
                    + "fields supply what the text cannot say.")
    ResponseEntity<?> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) InstrumentType type,
            @RequestParam(required = false) LawStatus status,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String sourceUrl,
            @RequestParam(required = false) String effectiveDate) throws IOException {
        String name = safeName(file.getOriginalFilename());
        SourceMetadata metadata = new SourceMetadata(blankToNull(title), type, null, blankToNull(sourceUrl),
                List.of(), status, blankToNull(agency), date(effectiveDate));
        Path stored = store(file, name);
        FileReport report = ingest.ingest(new SourceDocument("upload:" + name, name, stored, metadata));
        if (report.outcome() == FileReport.Outcome.ERROR) {
            Files.deleteIfExists(stored);
            Files.deleteIfExists(stored.getParent());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    String.join(" ", report.messages()));
            problem.setTitle("The file was not catalogued");
            problem.setProperty("file", name);
            return ResponseEntity.unprocessableContent().body(problem);
        }
        URI location = URI.create("/api/laws/" + URLEncoder.encode(report.lawId(), StandardCharsets.UTF_8));
        return report.outcome() == FileReport.Outcome.UNCHANGED ? ResponseEntity.ok(report)
                : ResponseEntity.created(location).body(report);
    }

    private Path store(MultipartFile file, String name) throws IOException {
        Files.createDirectories(properties.uploadsDir());
        // A unique folder per upload keeps the original name without ever overwriting an earlier upload.
        Path folder = Files.createDirectories(properties.uploadsDir().resolve(UUID.randomUUID().toString()));
        Path target = folder.resolve(name);
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    static String safeName(String original) {
        if (original == null || original.isBlank()) {
            throw new BadRequestException("file", "has no file name; send the file as a multipart part named 'file' "
                    + "with its file name");
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.chars().anyMatch(c -> c < 0x20)
                || name.length() > 200) {
            throw new BadRequestException("file", "the file name '" + original + "' is not usable; rename the file");
        }
        return name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("effectiveDate", "'" + value + "' is not a date like 2020-05-28 (CE)");
        }
    }
}
