package org.kotmai.review.attachment;

import org.kotmai.review.store.ReviewStoreException;
import org.kotmai.review.workflow.ReviewConflictException;
import org.kotmai.review.workflow.ReviewForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Attachment refusals as RFC 9457 problem details naming the field and what to do. */
@RestControllerAdvice(assignableTypes = AttachmentController.class)
class AttachmentProblems {

    @ExceptionHandler(AttachmentTooLargeException.class)
    ProblemDetail tooLarge(AttachmentTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Attachment too large", e.getMessage());
        problem.setProperty("field", "file");
        return problem;
    }

    @ExceptionHandler(UnsupportedAttachmentTypeException.class)
    ProblemDetail unsupported(UnsupportedAttachmentTypeException e) {
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Attachment type not allowed",
                e.getMessage());
        problem.setProperty("field", "file");
        problem.setProperty("detectedType", e.detected());
        problem.setProperty("allowedTypes", TypePolicy.ALLOWED);
        return problem;
    }

    @ExceptionHandler(UnreadableAttachmentException.class)
    ProblemDetail unreadable(UnreadableAttachmentException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Attachment cannot be opened",
                e.getMessage());
        problem.setProperty("field", "file");
        return problem;
    }

    @ExceptionHandler(ReviewForbiddenException.class)
    ProblemDetail forbidden(ReviewForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(ReviewConflictException.class)
    ProblemDetail conflict(ReviewConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Review in another state", e.getMessage());
        problem.setProperty("currentState", e.current().state());
        return problem;
    }

    @ExceptionHandler(ReviewStoreException.class)
    ProblemDetail unavailable(ReviewStoreException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Attachment store unavailable", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
