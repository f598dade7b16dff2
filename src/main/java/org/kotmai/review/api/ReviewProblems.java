package org.kotmai.review.api;

import org.kotmai.review.store.ReviewStoreException;
import org.kotmai.review.workflow.IncompleteReviewException;
import org.kotmai.review.workflow.ReviewConflictException;
import org.kotmai.review.workflow.ReviewForbiddenException;
import org.kotmai.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Review workflow refusals as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = ReviewController.class)
class ReviewProblems {

    private final ReviewViews views;

    ReviewProblems(ReviewViews views) {
        this.views = views;
    }

    /** The current review travels with the refusal so the client can re-apply its change without another read. */
    @ExceptionHandler(ReviewConflictException.class)
    ProblemDetail conflict(ReviewConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Review changed or in another state", e.getMessage());
        problem.setProperty("currentVersion", e.current().revision());
        problem.setProperty("currentState", e.current().state());
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        problem.setProperty("current", views.of(actor, e.current()));
        return problem;
    }

    @ExceptionHandler(ReviewForbiddenException.class)
    ProblemDetail forbidden(ReviewForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(IncompleteReviewException.class)
    ProblemDetail incomplete(IncompleteReviewException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Review incomplete", e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(ReviewStoreException.class)
    ProblemDetail storeUnavailable(ReviewStoreException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Review store unavailable", e.getMessage()
                + ". Nothing was changed unless a later read shows it; retry with the version you read.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
