package org.kotmai.review.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.Template;
import org.kotmai.review.workflow.AuditAction;
import org.kotmai.review.workflow.AuditEvent;
import org.kotmai.review.workflow.AuditTrail;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence files of a review: the people who may edit the review attach and remove them while it is a draft,
 * whoever may read the review reads them, and each addition or removal is written to the review's audit trail.
 */
@Service
public class AttachmentService {

    private static final int BUFFER = 64 * 1024;

    private final ReviewService reviews;
    private final AttachmentStore store;
    private final TypePolicy types;
    private final AuditTrail audit;
    private final AttachmentProperties properties;
    private final JsonMapper json;

    AttachmentService(ReviewService reviews, AttachmentStore store, TypePolicy types, AuditTrail audit,
                      AttachmentProperties properties, JsonMapper json) {
        this.reviews = reviews;
        this.store = store;
        this.types = types;
        this.audit = audit;
        this.properties = properties;
        this.json = json;
    }

    /**
     * Reads at most the configured limit from {@code content}, checks the type the bytes show and stores them.
     *
     * @param declaredSize the size the client announced, or -1; over the limit it is refused before reading
     */
    public Attachment upload(Actor actor, String reviewId, String questionId, String clientName, long declaredSize,
                             InputStream content) {
        Review review = reviews.get(actor, reviewId);
        reviews.requireEditable(actor, review);
        String question = questionId == null || questionId.isBlank() ? null : questionId.strip();
        if (question != null) {
            Template template = reviews.templateOf(review);
            boolean evidence = template.question(question).filter(q -> q.type() == QuestionType.EVIDENCE)
                    .isPresent();
            if (!evidence) {
                throw new BadRequestException("questionId", "template '" + template.id() + "' has no evidence"
                        + " question '" + question + "'; leave it out or name one of the questions of type"
                        + " evidence in GET /api/templates/" + template.id());
            }
        }
        long limit = properties.maxBytes().toBytes();
        if (declaredSize > limit) {
            throw tooLarge();
        }
        byte[] bytes = readAtMost(content, limit);
        if (bytes.length == 0) {
            throw new BadRequestException("file", "is empty; choose the document to attach");
        }
        String name = FileNames.label(clientName);
        String mediaType = types.accept(bytes, name);
        Attachment attachment = new Attachment(UUID.randomUUID().toString(), reviewId, question, name, mediaType,
                bytes.length, sha256(bytes), actor.name(), Instant.now());
        store.save(AttachmentDocument.of(attachment, bytes));
        record(review, attachment, AuditAction.ATTACHMENT_ADDED, actor.name(), attachment.at());
        return attachment;
    }

    public List<Attachment> list(Actor actor, String reviewId) {
        reviews.get(actor, reviewId);
        return store.of(reviewId);
    }

    /** The attachment's metadata and bytes. */
    public StoredFile download(Actor actor, String reviewId, String attachmentId) {
        reviews.get(actor, reviewId);
        AttachmentDocument document = owned(reviewId, attachmentId);
        return new StoredFile(document.metadata(), document.content());
    }

    public void delete(Actor actor, String reviewId, String attachmentId) {
        Review review = reviews.get(actor, reviewId);
        reviews.requireEditable(actor, review);
        Attachment attachment = owned(reviewId, attachmentId).metadata();
        store.delete(attachmentId);
        record(review, attachment, AuditAction.ATTACHMENT_REMOVED, actor.name(), Instant.now());
    }

    /** An attached file with its bytes. */
    public record StoredFile(Attachment attachment, byte[] content) {
    }

    private AttachmentDocument owned(String reviewId, String attachmentId) {
        return store.find(attachmentId).filter(d -> d.reviewId().equals(reviewId)).orElseThrow(() ->
                new NotFoundException("Review " + reviewId + " has no attachment '" + attachmentId
                        + "'; see GET /api/reviews/" + reviewId + "/attachments"));
    }

    /**
     * Attachments do not change the review document, so their events carry the review's current revision and
     * an id of their own; the index puts them after the answer changes of that revision.
     */
    private void record(Review review, Attachment attachment, AuditAction action, String actor, Instant at) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", attachment.id());
        summary.put("name", attachment.name());
        summary.put("mediaType", attachment.mediaType());
        summary.put("size", attachment.size());
        summary.put("sha256", attachment.sha256());
        summary.put("questionId", attachment.questionId());
        String text = json.writeValueAsString(summary);
        boolean added = action == AuditAction.ATTACHMENT_ADDED;
        String id = review.id() + ":attachment:" + attachment.id() + (added ? ":added" : ":removed");
        audit.append(List.of(new AuditEvent(id, review.id(), review.revision(), Integer.MAX_VALUE, at, actor, action,
                "attachments." + attachment.id(), added ? null : text, added ? text : null, null)));
    }

    private AttachmentTooLargeException tooLarge() {
        return new AttachmentTooLargeException(properties.maxBytes());
    }

    private byte[] readAtMost(InputStream in, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        try (in) {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - out.size()))) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
