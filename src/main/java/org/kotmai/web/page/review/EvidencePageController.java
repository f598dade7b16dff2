package org.kotmai.web.page.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.kotmai.review.attachment.Attachment;
import org.kotmai.review.attachment.AttachmentService;
import org.kotmai.review.attachment.AttachmentTooLargeException;
import org.kotmai.review.attachment.UnreadableAttachmentException;
import org.kotmai.review.attachment.UnsupportedAttachmentTypeException;
import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.Template;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewConflictException;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.page.PageIds;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The wizard's evidence files for browsers without scripts: attaching a file, or removing one, posts the step's
 * evidence form here, which stores the file and saves the answer in one go. The script of the wizard does the same
 * through the API without leaving the page. The version the page was read at guards both: a review changed
 * meanwhile is reported before anything is stored.
 */
@Controller
class EvidencePageController {

    private final AttachmentService attachments;
    private final ReviewService reviews;
    private final ReviewPages pages;

    EvidencePageController(AttachmentService attachments, ReviewService reviews, ReviewPages pages) {
        this.attachments = attachments;
        this.reviews = reviews;
        this.pages = pages;
    }

    @PostMapping("/reviews/{id}/steps/{index}/evidence")
    String evidence(Actor actor, @PathVariable String id, @PathVariable int index,
                    @RequestParam(required = false) String questionId, @RequestParam(required = false) Long version,
                    @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String remove,
                    HttpServletResponse response, Model model) {
        String reviewId = PageIds.require(id, "review");
        Review review = reviews.get(actor, reviewId);
        String question = evidenceQuestion(reviews.templateOf(review), questionId);
        if (version == null) {
            throw new BadRequestException("version", "is missing; reload the step and attach the file again");
        }
        if (review.revision() != version) {
            throw new ReviewConflictException("someone else changed review " + reviewId + " since you opened this"
                    + " step; nothing was attached or removed. Reload the step and try again", review);
        }
        List<String> ids = new ArrayList<>(ReviewPages.evidenceIds(review.answers().get(question)));
        if (remove != null && !remove.isBlank()) {
            String removed = remove.strip();
            if (ids.remove(removed)) {
                reviews.saveAnswers(actor, reviewId, version, answer(question, ids));
                attachments.delete(actor, reviewId, removed);
            }
            return back(reviewId, index, question, "removed");
        }
        if (file == null || file.isEmpty()) {
            return refused(actor, reviewId, index, question, HttpStatus.BAD_REQUEST,
                    "file: no file was chosen; choose the document to attach", response, model);
        }
        Attachment attached;
        try {
            attached = attachments.upload(actor, reviewId, question, file.getOriginalFilename(), file.getSize(),
                    file.getInputStream());
        } catch (AttachmentTooLargeException e) {
            return refused(actor, reviewId, index, question, HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), response,
                    model);
        } catch (UnsupportedAttachmentTypeException e) {
            return refused(actor, reviewId, index, question, HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage(),
                    response, model);
        } catch (UnreadableAttachmentException e) {
            return refused(actor, reviewId, index, question, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(),
                    response, model);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        ids.add(attached.id());
        reviews.saveAnswers(actor, reviewId, version, answer(question, ids));
        return back(reviewId, index, question, "attached");
    }

    /** The answer naming these files; none left clears it. */
    private static Map<String, Object> answer(String question, List<String> ids) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(question, ids.isEmpty() ? null : ids);
        return answer;
    }

    private static String evidenceQuestion(Template template, String questionId) {
        String id = questionId == null ? "" : questionId.strip();
        return template.question(id).filter(q -> q.type() == QuestionType.EVIDENCE).map(q -> q.id())
                .orElseThrow(() -> new BadRequestException("questionId", "template '" + template.id()
                        + "' has no evidence question '" + id + "'; use the attach button of the question"));
    }

    private String refused(Actor actor, String reviewId, int index, String question, HttpStatus status,
                           String reason, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("evidenceQuestion", question);
        model.addAttribute("evidenceError", reason);
        return pages.step(actor, reviewId, index, model);
    }

    private static String back(String reviewId, int index, String question, String what) {
        return "redirect:/reviews/" + URLEncoder.encode(reviewId, StandardCharsets.UTF_8) + "/steps/" + index + "?"
                + what + "#q-" + question;
    }
}
