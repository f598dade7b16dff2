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
import org.kotmai.security.Role;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.page.PageIds;
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
            found = found.stream().filter(r -> isWorkOf(actor, r)).toList();
        }
        model.addAttribute("reviews", found);
        model.addAttribute("state", state);
        model.addAttribute("mine", mine);
        model.addAttribute("states", ReviewState.values());
        return "review/list";
    }

    /** A review is someone's work when they own it or are assigned to it; a committee's, when it awaits them. */
    private static boolean isWorkOf(Actor actor, Review review) {
        boolean awaitsCommittee = review.state() == ReviewState.SUBMITTED
                || review.state() == ReviewState.IN_COMMITTEE_REVIEW;
        return actor.name().equals(review.owner()) || review.assignees().contains(actor.name())
                || (actor.has(Role.COMMITTEE) && awaitsCommittee);
    }

    @GetMapping("/reviews/{id}")
    String review(Actor actor, @PathVariable String id, Model model) {
        return pages.detail(actor, id, model);
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
        Review moved = transitions.apply(actor, PageIds.require(id, "review"), version, transition, note, outcome);
        return "redirect:/reviews/" + URLEncoder.encode(moved.id(), StandardCharsets.UTF_8) + "?moved="
                + transition.name();
    }
}
