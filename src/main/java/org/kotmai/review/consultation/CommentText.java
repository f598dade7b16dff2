package org.kotmai.review.consultation;

import java.util.regex.Pattern;

import org.kotmai.web.BadRequestException;

/**
 * Checks what the public types into a comment. Markup tags are removed rather than kept and escaped later, so no
 * reader of the stored comment (API client, export, report) can be tricked into running it; control characters
 * other than line breaks and tabs are refused, since they have no place in a comment and can hide text.
 */
final class CommentText {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[A-Za-z!?][^<>]*>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    private CommentText() {
    }

    static String text(String raw, int maxChars) {
        String text = clean(raw, "text");
        if (text == null || text.isEmpty()) {
            throw new BadRequestException("text", "is empty; write your comment (1 to " + maxChars + " characters)");
        }
        if (text.codePointCount(0, text.length()) > maxChars) {
            throw new BadRequestException("text", "is " + text.codePointCount(0, text.length())
                    + " characters long; shorten it to at most " + maxChars);
        }
        return text;
    }

    /** @return the name, or null when none was given */
    static String name(String raw, int maxChars) {
        String name = clean(raw, "name");
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (name.contains("\n") || name.contains("\r")) {
            throw new BadRequestException("name", "must be one line");
        }
        if (name.codePointCount(0, name.length()) > maxChars) {
            throw new BadRequestException("name", "is longer than " + maxChars + " characters; shorten it");
        }
        return name;
    }

    private static String clean(String raw, String field) {
        if (raw == null) {
            return null;
        }
        if (CONTROL.matcher(raw).find()) {
            throw new BadRequestException(field, "contains control or text-direction characters; remove them"
                    + " (line breaks and tabs are fine)");
        }
        return TAG.matcher(raw).replaceAll("").strip();
    }
}
