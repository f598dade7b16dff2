package org.kotmai.security;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = UserAdminController.class)
class UserAdminProblems {

    @ExceptionHandler(UserConflictException.class)
    ProblemDetail conflict(UserConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("User change refused");
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
