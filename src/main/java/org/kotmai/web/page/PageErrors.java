package org.kotmai.web.page;

import java.util.List;

import org.kotmai.review.answer.AnswerProblem;
import org.kotmai.review.campaign.CampaignConflictException;
import org.kotmai.review.campaign.CampaignForbiddenException;
import org.kotmai.review.consultation.ConsultationConflictException;
import org.kotmai.review.workflow.IncompleteReviewException;
import org.kotmai.review.workflow.ReviewConflictException;
import org.kotmai.review.workflow.ReviewForbiddenException;
import org.kotmai.security.Actor;
import org.kotmai.security.UserConflictException;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on a page are answered with a page in the reader's language saying what went wrong and what to do,
 * never with the JSON problem the API sends.
 */
@ControllerAdvice(basePackages = "org.kotmai.web.page")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "error.notFound", e.getMessage(), null);
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e) {
        return page(HttpStatus.BAD_REQUEST, "error.badRequest", e.getMessage(), e.field());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, "error.badRequest",
                "'" + e.getValue() + "' is not a valid value for " + e.getName() + ".", e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e) {
        return page(HttpStatus.BAD_REQUEST, "error.badRequest", e.getParameterName() + " is missing.",
                e.getParameterName());
    }

    @ExceptionHandler({ReviewForbiddenException.class, CampaignForbiddenException.class})
    ModelAndView forbidden(RuntimeException e) {
        return page(HttpStatus.FORBIDDEN, "error.forbidden", e.getMessage(), null);
    }

    @ExceptionHandler({ReviewConflictException.class, CampaignConflictException.class,
            ConsultationConflictException.class, UserConflictException.class})
    ModelAndView conflict(RuntimeException e) {
        return page(HttpStatus.CONFLICT, "error.conflict", e.getMessage(), null);
    }

    @ExceptionHandler(IncompleteReviewException.class)
    ModelAndView incomplete(IncompleteReviewException e) {
        ModelAndView page = page(HttpStatus.UNPROCESSABLE_CONTENT, "error.incomplete", e.getMessage(), null);
        page.addObject("problems", e.problems());
        return page;
    }

    private static ModelAndView page(HttpStatus status, String titleKey, String detail, String field) {
        ModelAndView page = new ModelAndView("problem");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("titleKey", titleKey);
        page.addObject("detail", detail);
        page.addObject("field", field);
        page.addObject("problems", List.<AnswerProblem>of());
        // model attributes of the advice are not applied to error views, and the layout needs these
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        page.addObject("actor", actor);
        page.addObject("can", PageRights.of(actor));
        return page;
    }
}
