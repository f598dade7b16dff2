package org.kotmai.review.attachment;

import java.text.Normalizer;

/**
 * Turns the name a client sent with a file into a label that is safe to show and to put in a download header.
 * The label is never used as a path: storage is keyed by a generated id.
 */
final class FileNames {

    static final String FALLBACK = "attachment";
    static final int MAX_CODE_POINTS = 120;
    private static final int MAX_EXTENSION = 10;

    private FileNames() {
    }

    static String label(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        // both separators, whatever the server's own, so "C:\x\y.pdf" and "../../y.pdf" both leave only "y.pdf"
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(FileNames::harmless).forEach(kept::appendCodePoint);
        String clean = kept.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("\\s+", " ");
        return clean.isEmpty() ? FALLBACK : shorten(clean);
    }

    /**
     * Control characters could split a header or a log line; format characters include the bidi overrides that
     * make "exe.pdf" look like a PDF, and zero-width marks that hide one name inside another.
     */
    private static boolean harmless(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && codePoint != ':' && codePoint != '"';
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_CODE_POINTS) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_CODE_POINTS - extension.length();
        return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
