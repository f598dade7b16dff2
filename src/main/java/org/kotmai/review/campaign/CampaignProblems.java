package org.kotmai.review.campaign;

import org.kotmai.review.store.ReviewStoreException;
import org.kotmai.review.workflow.ReviewForbiddenException;
import org.kotmai.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Campaign refusals as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = CampaignController.class)
class CampaignProblems {

    @ExceptionHandler(InventoryCsvException.class)
    ProblemDetail badCsv(InventoryCsvException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Inventory CSV refused", e.getMessage());
        problem.setProperty("field", "file");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    /** Not signed in is 401 so that a client knows to sign in; signed in without the role is 403. */
    @ExceptionHandler({CampaignForbiddenException.class, ReviewForbiddenException.class})
    ProblemDetail forbidden(RuntimeException e) {
        boolean anonymous = Actor.of(SecurityContextHolder.getContext().getAuthentication()).isAnonymous();
        return anonymous ? problem(HttpStatus.UNAUTHORIZED, "Sign in", e.getMessage())
                : problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(CampaignConflictException.class)
    ProblemDetail conflict(CampaignConflictException e) {
        return problem(HttpStatus.CONFLICT, "Campaign changed meanwhile", e.getMessage());
    }

    @ExceptionHandler(ReviewStoreException.class)
    ProblemDetail storeUnavailable(ReviewStoreException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Campaign store unavailable", e.getMessage()
                + ". Read the campaign again to see what was saved before retrying.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
