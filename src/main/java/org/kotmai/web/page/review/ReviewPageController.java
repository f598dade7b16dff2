package org.kotmai.web.page.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewFilter;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.review.workflow.ReviewTransitions;
import org.kotmai.review.workflow.Transition;
import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reviews as pages: the list (the public sees published ones only), one review with its answers, decision and
 * audit trail, and the moves its reader may make.
 */
@Controller
class ReviewPageController {

    private final ReviewService reviews;
    private final ReviewTransitions transitions;
    private final ReviewPages pages;

    ReviewPageController(ReviewService reviews, ReviewTransitions transitions, ReviewPages pages) {
        this.reviews = reviews;
        this.transitions = transitions;
        this.pages = pages;
    }

    @GetMapping("/reviews")
    String list(Actor actor, @RequestParam(required = false) ReviewState state,
            @RequestParam(defaultValue = "false") boolean mine, Model model) {
        List<Review> found = reviews.list(actor, new ReviewFilter(state, null, null));
        if (mine && !actor.isAnonymous()) {
            found = found.stream().filter(r -> actor.name().equals(r.owner())
                    || r.assignees().contains(actor.name())).toList();
        }
        model.addAttribute("reviews", found);
        model.addAttribute("state", state);
        model.addAttribute("mine", mine);
        model.addAttribute("states", ReviewState.values());
        return "review/list";
    }

    @GetMapping("/reviews/{id}")
    String review(Actor actor, @PathVariable String id, Model model) {
        pages.describe(actor, id, model);
        model.addAttribute("audit", actor.isAnonymous() ? List.of() : reviews.auditTrail(actor, id));
        return "review/detail";
    }

    @PostMapping("/reviews/{id}/transitions")
    String move(Actor actor, @PathVariable String id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) Transition transition, @RequestParam(required = false) String note,
            @RequestParam(required = false) String outcome) {
        if (version == null) {
            throw new BadRequestException("version", "is missing; reload the review and try again");
        }
        if (transition == null) {
            throw new BadRequestException("transition", "is missing; choose one of the buttons on the review");
        }
        Review moved = transitions.apply(actor, id, version, transition, note, outcome);
        return "redirect:/reviews/" + URLEncoder.encode(moved.id(), StandardCharsets.UTF_8) + "?moved="
                + transition.name();
    }
}
