package org.kotmai.review.admin;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused template upload as an RFC 9457 problem whose {@code problems} list says what to fix, and where. */
@RestControllerAdvice(assignableTypes = AdminTemplateController.class)
class AdminProblems {

    @ExceptionHandler(TemplateRejectedException.class)
    ProblemDetail rejected(TemplateRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Template refused");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("problems", e.problems());
        return problem;
    }
}
