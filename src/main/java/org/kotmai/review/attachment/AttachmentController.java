package org.kotmai.review.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/reviews/{id}/attachments")
@Tag(name = "Review attachments", description = "Evidence files of a review. The type is read from the content;"
        + " PDF, DOCX, XLSX, ODT, PNG, JPEG, plain text and CSV are kept, anything else is refused with 415. The"
        + " client's file name is only a label.")
class AttachmentController {

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (owning officer or assigned reviewer, draft only)",
            description = "Answers 201 with the attachment's id, detected type, size and SHA-256; 413 over the"
                    + " size limit (kotmai.review.attachments.max-bytes), 415 for a type outside the list."
                    + " Answer an evidence question with the returned id.",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Attachment> upload(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                                      @RequestParam(required = false) MultipartFile file,
                                      @Parameter(description = "the evidence question the file supports")
                                      @RequestParam(required = false) String questionId) {
        if (file == null) {
            throw new BadRequestException("file", "is missing; send the document as multipart field 'file'");
        }
        Attachment attachment;
        try {
            attachment = attachments.upload(actor, id, questionId, file.getOriginalFilename(), file.getSize(),
                    file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        return ResponseEntity.created(URI.create("/api/reviews/" + id + "/attachments/" + attachment.id()))
                .body(attachment);
    }

    @GetMapping
    @Operation(summary = "The review's attachments, oldest first, without their content")
    List<Attachment> list(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return attachments.list(actor, id);
    }

    @GetMapping("/{attachmentId}")
    @Operation(summary = "Download one attachment, served as the type detected on upload")
    ResponseEntity<byte[]> download(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                                    @PathVariable String attachmentId) {
        AttachmentService.StoredFile file = attachments.download(actor, id, attachmentId);
        Attachment a = file.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .contentLength(file.content().length)
                // the browser saves the file instead of rendering it, and never second-guesses its type
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + a.sha256() + "\"")
                .body(file.content());
    }

    @DeleteMapping("/{attachmentId}")
    @Operation(summary = "Remove an attachment (owning officer or assigned reviewer, draft only); the audit"
            + " trail keeps the record of it", security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Void> delete(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                                @PathVariable String attachmentId) {
        attachments.delete(actor, id, attachmentId);
        return ResponseEntity.noContent().build();
    }
}
