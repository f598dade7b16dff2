package org.kotmai.web.page.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kotmai.review.consultation.CommentRateLimitedException;
import org.kotmai.review.consultation.ConsultationConflictException;
import org.kotmai.review.consultation.ConsultationService;
import org.kotmai.review.consultation.PublicComment;
import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.page.PageIds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public consultation as pages: the consultations open now, the public's comment form on a review (a refused
 * comment comes back on the same page with the reason and what was typed), and the committee's moderation page.
 */
@Controller
class ConsultationPageController {

    private final ConsultationService consultations;
    private final ReviewPages pages;

    ConsultationPageController(ConsultationService consultations, ReviewPages pages) {
        this.consultations = consultations;
        this.pages = pages;
    }

    @GetMapping("/consultations")
    String open(Model model) {
        model.addAttribute("consultations", consultations.openNow());
        return "review/consultations";
    }

    @PostMapping("/reviews/{id}/comments")
    String comment(Actor actor, @PathVariable String id, @RequestParam(required = false) String name,
                   @RequestParam(required = false) String text, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        String reviewId = PageIds.require(id, "review");
        try {
            consultations.comment(reviewId, name, text, request.getRemoteAddr());
        } catch (BadRequestException e) {
            return refused(actor, reviewId, model, response, HttpStatus.BAD_REQUEST, e.field(), e.getMessage(),
                    name, text);
        } catch (CommentRateLimitedException e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            return refused(actor, reviewId, model, response, HttpStatus.TOO_MANY_REQUESTS, null, e.getMessage(),
                    name, text);
        } catch (ConsultationConflictException e) {
            return refused(actor, reviewId, model, response, HttpStatus.CONFLICT, null, e.getMessage(), name, text);
        }
        return "redirect:/reviews/" + encode(reviewId) + "?commented#consultation";
    }

    private String refused(Actor actor, String reviewId, Model model, HttpServletResponse response,
                           HttpStatus status, String field, String reason, String name, String text) {
        response.setStatus(status.value());
        model.addAttribute("commentStatus", status.value());
        model.addAttribute("commentField", field);
        model.addAttribute("commentError", reason);
        model.addAttribute("commentName", name == null ? "" : name);
        model.addAttribute("commentText", text == null ? "" : text);
        return pages.detail(actor, reviewId, model);
    }

    @PostMapping("/reviews/{id}/consultation")
    String openConsultation(Actor actor, @PathVariable String id, @RequestParam(required = false) String start,
                            @RequestParam(required = false) String end, HttpServletResponse response, Model model) {
        String reviewId = PageIds.require(id, "review");
        try {
            ConsultationPeriod period = ConsultationPeriod.of(start, end);
            consultations.open(actor, reviewId, period.start(), period.end());
        } catch (BadRequestException e) {
            return periodRefused(actor, reviewId, HttpStatus.BAD_REQUEST, e.field(), e.getMessage(), start, end,
                    response, model);
        } catch (ConsultationConflictException e) {
            return periodRefused(actor, reviewId, HttpStatus.CONFLICT, null, e.getMessage(), start, end, response,
                    model);
        }
        return "redirect:/reviews/" + encode(reviewId) + "?consultationOpened#consultation";
    }

    @PostMapping("/reviews/{id}/consultation/close")
    String closeConsultation(Actor actor, @PathVariable String id, HttpServletResponse response, Model model) {
        String reviewId = PageIds.require(id, "review");
        try {
            consultations.close(actor, reviewId);
        } catch (ConsultationConflictException e) {
            return periodRefused(actor, reviewId, HttpStatus.CONFLICT, null, e.getMessage(), null, null, response,
                    model);
        }
        return "redirect:/reviews/" + encode(reviewId) + "?consultationClosed#consultation";
    }

    private String periodRefused(Actor actor, String reviewId, HttpStatus status, String field, String reason,
                                 String start, String end, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("periodField", field);
        model.addAttribute("periodError", reason);
        model.addAttribute("periodStart", start);
        model.addAttribute("periodEnd", end);
        return pages.detail(actor, reviewId, model);
    }

    @GetMapping("/moderation/{id}")
    String moderation(Actor actor, @PathVariable String id, Model model) {
        String reviewId = PageIds.require(id, "review");
        model.addAttribute("consultation", consultations.get(reviewId));
        model.addAttribute("comments", consultations.comments(actor, reviewId));
        model.addAttribute("decisions", new PublicComment.Status[] {PublicComment.Status.APPROVED,
                PublicComment.Status.REJECTED});
        return "review/moderation";
    }

    @PostMapping("/moderation/{id}/comments/{commentId}")
    String moderate(Actor actor, @PathVariable String id, @PathVariable String commentId,
                    @RequestParam(required = false) PublicComment.Status decision,
                    @RequestParam(required = false) String reason) {
        String reviewId = PageIds.require(id, "review");
        consultations.moderate(actor, reviewId, PageIds.require(commentId, "comment"), decision, reason);
        return "redirect:/moderation/" + encode(reviewId) + "?moderated=" + decision;
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
