package org.kotmai.review.consultation;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.kotmai.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public consultation", description = "Comments from the public on published reviews of drafts, for a"
        + " period the committee opens. Comments are held until the committee or an admin approves them; the public"
        + " sees approved comments only.")
class ConsultationController {

    private final ConsultationService consultations;

    ConsultationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @PostMapping("/api/reviews/{id}/consultation")
    @Operation(summary = "Open (or re-open with a new period) the consultation on a published review of a draft"
            + " (committee, admin)", security = @SecurityRequirement(name = "basic"))
    ResponseEntity<ConsultationView> open(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                                          @RequestBody ConsultationRequests.Open body) {
        return ResponseEntity.created(URI.create("/api/reviews/" + id + "/consultation"))
                .body(consultations.open(actor, id, body.start(), body.end()));
    }

    @PostMapping("/api/reviews/{id}/consultation/close")
    @Operation(summary = "Close the consultation now (committee, admin)",
            security = @SecurityRequirement(name = "basic"))
    ConsultationView close(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return consultations.close(actor, id);
    }

    @GetMapping("/api/reviews/{id}/consultation")
    @Operation(summary = "The consultation on a review: its period and whether it is open")
    ConsultationView get(@PathVariable String id) {
        return consultations.get(id);
    }

    @GetMapping("/api/consultations")
    @Operation(summary = "Consultations open for comments now, closing soonest first")
    List<ConsultationView> open() {
        return consultations.openNow();
    }

    @PostMapping("/api/reviews/{id}/consultation/comments")
    @Operation(summary = "Comment while the consultation is open (anyone; no sign-in)",
            description = "Name optional; text 1 to 5000 characters, markup tags removed, control characters"
                    + " refused. Each client address may send a few comments per minute (429 with Retry-After"
                    + " beyond). The comment is held until moderated.")
    ResponseEntity<PublicComment> comment(@PathVariable String id, @RequestBody ConsultationRequests.AddComment body,
                                          HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(consultations.comment(id, body.name(), body.text(), request.getRemoteAddr()));
    }

    @GetMapping("/api/reviews/{id}/consultation/comments")
    @Operation(summary = "Comments, oldest first: approved ones for the public; all with their moderation for the"
            + " committee and admins")
    List<PublicComment> comments(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return consultations.comments(actor, id);
    }

    @PostMapping("/api/reviews/{id}/consultation/comments/{commentId}/moderation")
    @Operation(summary = "Approve or reject a comment (committee, admin)",
            security = @SecurityRequirement(name = "basic"))
    PublicComment moderate(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                           @PathVariable String commentId, @RequestBody ConsultationRequests.Moderate body) {
        return consultations.moderate(actor, id, commentId, body.decision(), body.reason());
    }
}
