package org.kotmai.web.page.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.review.workflow.NewReview;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewSubject;
import org.kotmai.review.workflow.SubjectKind;
import org.kotmai.security.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Starting a review and filling it in step by step. Answers are saved by the page's script through the review
 * API ({@code PATCH /api/reviews/{id}/answers}, with the version read here), so the page and API clients share one
 * path for every change.
 */
@Controller
class ReviewWizardController {

    private final ReviewService reviews;
    private final TemplateCatalog templates;
    private final ReviewPages pages;

    ReviewWizardController(ReviewService reviews, TemplateCatalog templates, ReviewPages pages) {
        this.reviews = reviews;
        this.templates = templates;
        this.pages = pages;
    }

    @GetMapping("/reviews/new")
    String form(@RequestParam(required = false) String lawId, Model model) {
        model.addAttribute("templates", templates.templates());
        model.addAttribute("lawId", lawId == null ? "" : lawId);
        return "review/new";
    }

    @PostMapping("/reviews")
    String create(Actor actor, @RequestParam(required = false) String templateId,
            @RequestParam(required = false) String lawId, @RequestParam(required = false) String provisions,
            @RequestParam(required = false) String title, @RequestParam(required = false) String assignees) {
        List<String> numbers = list(provisions);
        ReviewSubject subject = new ReviewSubject(numbers.isEmpty() ? SubjectKind.LAW : SubjectKind.PROVISIONS,
                lawId, numbers);
        Review review = reviews.create(actor, new NewReview(templateId, subject, title, list(assignees)));
        return "redirect:/reviews/" + URLEncoder.encode(review.id(), StandardCharsets.UTF_8) + "/steps/0";
    }

    @GetMapping("/reviews/{id}/steps/{index}")
    String step(Actor actor, @PathVariable String id, @PathVariable int index, Model model) {
        return pages.step(actor, id, index, model);
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split("[,\\n]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
