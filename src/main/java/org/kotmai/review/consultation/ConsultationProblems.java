package org.kotmai.review.consultation;

import java.net.URI;

import org.kotmai.review.store.ReviewStoreException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The consultation API's own refusals as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = ConsultationController.class)
class ConsultationProblems {

    @ExceptionHandler(CommentRateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(CommentRateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many comments", e.getMessage()));
    }

    @ExceptionHandler(ConsultationConflictException.class)
    ProblemDetail conflict(ConsultationConflictException e) {
        return problem(HttpStatus.CONFLICT, "Consultation not possible now", e.getMessage());
    }

    @ExceptionHandler(ReviewStoreException.class)
    ProblemDetail unavailable(ReviewStoreException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Consultation store unavailable", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
