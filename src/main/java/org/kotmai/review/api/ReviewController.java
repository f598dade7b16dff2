package org.kotmai.review.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.review.answer.AnswerEvaluator;
import org.kotmai.review.answer.AnswerProblem;
import org.kotmai.review.template.Template;
import org.kotmai.review.workflow.AuditEvent;
import org.kotmai.review.workflow.Comment;
import org.kotmai.review.workflow.NewReview;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewFilter;
import org.kotmai.review.workflow.ReviewComments;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewTransitions;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reviews")
@Tag(name = "Reviews", description = "Reviews of laws, provisions and drafts: answers, workflow, audit, comments."
        + " Every change sends the version it edits and is refused with 409 and the current review when someone"
        + " else changed it first.")
class ReviewController {

    private final ReviewService reviews;
    private final ReviewTransitions transitions;
    private final ReviewComments comments;
    private final ReviewViews views;
    private final AnswerEvaluator evaluator;

    ReviewController(ReviewService reviews, ReviewTransitions transitions, ReviewComments comments,
                     ReviewViews views, AnswerEvaluator evaluator) {
        this.reviews = reviews;
        this.transitions = transitions;
        this.comments = comments;
        this.views = views;
        this.evaluator = evaluator;
    }

    @PostMapping
    @Operation(summary = "Start a review of a law, some provisions or an uploaded draft (officer)",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<ReviewView> create(@Parameter(hidden = true) Actor actor,
                                      @RequestBody ReviewRequests.Create body) {
        Review review = reviews.create(actor, new NewReview(body.templateId(), body.subject(), body.title(),
                body.assignees()));
        return ResponseEntity.created(URI.create("/api/reviews/" + review.id())).body(view(actor, review));
    }

    @GetMapping
    @Operation(summary = "Reviews, newest change first; the public sees published reviews only")
    List<ReviewSummary> list(@Parameter(hidden = true) Actor actor,
                             @RequestParam(required = false) ReviewState state,
                             @RequestParam(required = false) String templateId,
                             @RequestParam(required = false) String lawId) {
        return reviews.list(actor, new ReviewFilter(state, templateId, lawId)).stream()
                .map(ReviewSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One review with its answers, computed values and the problems left in each step")
    ReviewView get(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return view(actor, reviews.get(actor, id));
    }

    @GetMapping("/{id}/steps/{stepId}")
    @Operation(summary = "The problems left in one step of a review")
    List<AnswerProblem> step(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                             @PathVariable String stepId) {
        Review review = reviews.get(actor, id);
        Template template = reviews.templateOf(review);
        if (template.step(stepId).isEmpty()) {
            throw new NotFoundException("Template '" + template.id() + "' has no step '" + stepId + "'. Steps: "
                    + template.steps().stream().map(s -> s.id()).toList());
        }
        return evaluator.validateStep(template, stepId, review.answers());
    }

    @PatchMapping("/{id}/answers")
    @Operation(summary = "Save answers (owning officer or assigned reviewer, draft only)",
            description = "Incomplete answers are saved too; the response lists what each step still lacks and"
                    + " the recalculated computed values.",
            security = @SecurityRequirement(name = "basic"))
    ReviewView saveAnswers(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                           @RequestBody ReviewRequests.SaveAnswers body) {
        Map<String, Object> answers = body.answers() == null ? Map.of() : body.answers();
        return view(actor, reviews.saveAnswers(actor, id, version(body.version()), answers));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move the review on: SUBMIT (officer or assigned reviewer), START_COMMITTEE_REVIEW,"
            + " RETURN_FOR_REVISION, DECIDE, PUBLISH (committee)", security = @SecurityRequirement(name = "basic"))
    ReviewView transition(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                          @RequestBody ReviewRequests.Move body) {
        if (body.transition() == null) {
            throw new BadRequestException("transition", "is missing; one of SUBMIT, START_COMMITTEE_REVIEW,"
                    + " RETURN_FOR_REVISION, DECIDE, PUBLISH");
        }
        return view(actor, transitions.apply(actor, id, version(body.version()), body.transition(), body.note(),
                body.outcome()));
    }

    @PutMapping("/{id}/assignees")
    @Operation(summary = "Set the reviewers who may edit the review (owning officer or committee)",
            security = @SecurityRequirement(name = "basic"))
    ReviewView assign(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                      @RequestBody ReviewRequests.Assign body) {
        return view(actor, reviews.assign(actor, id, version(body.version()), body.assignees()));
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Every change to the review, oldest first: who, when, field, old and new value (JSON)",
            security = @SecurityRequirement(name = "basic"))
    List<AuditEvent> audit(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return reviews.auditTrail(actor, id);
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "Comments on the review, oldest first")
    List<Comment> comments(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return comments.of(actor, id);
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on the review or one of its questions",
            security = @SecurityRequirement(name = "basic"))
    Comment comment(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                    @RequestBody ReviewRequests.AddComment body) {
        return comments.add(actor, id, body.field(), body.text());
    }

    private ReviewView view(Actor actor, Review review) {
        return views.of(actor, review);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new BadRequestException("version", "is missing; send the version of the review you edited,"
                    + " as read from GET /api/reviews/{id}");
        }
        return version;
    }
}
