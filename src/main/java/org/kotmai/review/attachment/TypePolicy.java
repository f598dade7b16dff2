package org.kotmai.review.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * Decides from the bytes alone what a file is, and whether reviews may keep it. Office formats are recognised
 * by their inner structure, so a ZIP holding anything else, an encrypted document or a renamed executable all
 * come out as a type outside the list. A PDF must also open without a password: evidence nobody on the
 * committee can read is no evidence.
 */
@Component
class TypePolicy {

    static final List<String> ALLOWED = List.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "image/png",
            "image/jpeg",
            "text/plain",
            "text/csv");

    private final Detector detector;

    TypePolicy() {
        this.detector = TikaConfig.getDefaultConfig().getDetector();
    }

    /**
     * The media type to store and serve the file as.
     *
     * @param label the sanitised client name; it only tells comma-separated text from other plain text, which
     *              the bytes cannot, and never turns one allowed type into another
     * @throws UnsupportedAttachmentTypeException naming the detected type when it is not allowed
     * @throws UnreadableAttachmentException        for a PDF that needs a password or is damaged
     */
    String accept(byte[] content, String label) {
        String detected = detect(content);
        if (!ALLOWED.contains(detected)) {
            throw new UnsupportedAttachmentTypeException(detected, ALLOWED);
        }
        if (detected.equals("application/pdf")) {
            checkPdfOpens(content);
        }
        if (detected.equals("text/plain") && label.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return "text/csv";
        }
        return detected;
    }

    private static void checkPdfOpens(byte[] content) {
        try (PDDocument ignored = Loader.loadPDF(content)) {
            // Opening is the whole check: PDFBox asks for the user password before it reads any page.
        } catch (InvalidPasswordException e) {
            throw new UnreadableAttachmentException("file: the PDF is password-protected, so the committee could not"
                    + " open it; save a copy without the password (or print it to a new PDF) and attach that.");
        } catch (IOException e) {
            throw new UnreadableAttachmentException("file: the PDF is damaged or incomplete (" + e.getMessage()
                    + "); export it again from the original document and attach the new copy.");
        }
    }

    private String detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file to detect its type", e);
        }
    }
}
