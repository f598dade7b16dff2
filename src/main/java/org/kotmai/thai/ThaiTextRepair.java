package org.kotmai.thai;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Repairs Thai text as extracted from legal documents so that it can be parsed, indexed and
 * compared. Ingest and search share this one implementation.
 *
 * <p>Line breaks are kept (only their encoding is unified) because the statute parser works line by
 * line; whitespace inside a line is left as it is because column-like spacing after section numbers is
 * one of the parser's cues.
 */
@Component
public final class ThaiTextRepair {

    /**
     * @param text    extracted text
     * @param fromPdf true when the text came out of a PDF, which enables removal of Royal Gazette
     *                running headers, footers and page numbers; Krisdika texts cite the gazette in their
     *                footnotes, so those lines must survive when this is false
     */
    public RepairedText repair(String text, boolean fromPdf) {
        return repair(text, fromPdf, false);
    }

    /**
     * The same repairs, but line endings and trailing blanks stay as they were: in exported texts a CR LF
     * is a wrap inside a paragraph and a line of blanks is a printed rule, and the statute parser reads
     * both. Use {@link #repair} for text that is shown or indexed.
     */
    public RepairedText repairKeepingLayout(String text, boolean fromPdf) {
        return repair(text, fromPdf, true);
    }

    /**
     * Both {@link #repair} and {@link #repairKeepingLayout} of one text, the same as calling each. Where the only
     * difference between them is the line layout, the first is derived from the second instead of repeating every
     * repair: a text not from a PDF (whose running headers are found on trimmed lines) and without a CR alone (after
     * which, once it is a line break, blanks before a mark are no longer removed).
     */
    public Repairs repairBothWays(String text, boolean fromPdf) {
        RepairedText kept = repairKeepingLayout(text, fromPdf);
        if (fromPdf || hasLoneCarriageReturn(text)) {
            return new Repairs(repair(text, fromPdf), kept);
        }
        RepairReport.Builder counts = RepairReport.builder();
        String lineFeeds = lineFeedsOnly(kept.text(), counts);
        String trimmed = trimLineEnds(lineFeeds, counts);
        RepairReport layout = counts.build();
        return new Repairs(new RepairedText(trimmed, kept.report().plusLineEnds(layout.lineEndingsNormalised(),
                layout.trailingSpacesTrimmed())), kept);
    }

    /**
     * A text repaired both ways.
     *
     * @param normalised    as {@link #repair} returns it, for showing and indexing
     * @param keepingLayout as {@link #repairKeepingLayout} returns it, for the statute parser
     */
    public record Repairs(RepairedText normalised, RepairedText keepingLayout) {
    }

    private static boolean hasLoneCarriageReturn(String text) {
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                return true;
            }
        }
        return false;
    }

    /** Every CR LF as LF, as {@link #mapCharacters} turns them when the layout is not kept. */
    private static String lineFeedsOnly(String text, RepairReport.Builder report) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            out.append(text, from, cr);
            report.lineEndingNormalised();
            from = cr + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    private RepairedText repair(String text, boolean fromPdf, boolean keepLayout) {
        Objects.requireNonNull(text, "ThaiTextRepair.repair: text is null; pass \"\" for an empty document");
        RepairReport.Builder report = RepairReport.builder();
        String mapped = mapCharacters(text, keepLayout, report);
        String marksAttached = removeSpacesBeforeMarks(mapped, report);
        // NFC after the spaces are gone: a tone mark and a lower vowel that were separated by a space are
        // only now adjacent and need canonical ordering. Never NFKC: it splits SARA AM into NIKHAHIT + SARA AA.
        String nfc = NfcQuickCheck.isNfc(marksAttached) ? marksAttached
                : Normalizer.normalize(marksAttached, Normalizer.Form.NFC);
        String joined = joinSaraAm(nfc, report);
        return new RepairedText(repairLines(joined, fromPdf, keepLayout, report), report.build());
    }

    private static String mapCharacters(String text, boolean keepLayout, RepairReport.Builder report) {
        int first = 0;
        while (first < text.length() && passesUnchanged(text.charAt(first), keepLayout)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (passesUnchanged(c, keepLayout)) {
                out.append(c);
            } else if (c == '\r' && !keepLayout) {
                out.append('\n');
                report.lineEndingNormalised();
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (isSpecialSpace(c)) {
                out.append(' ');
                report.nbspNormalised();
            } else if (isInvisible(c)) {
                report.zeroWidthRemoved();
            } else if (c >= '\u0080' && c <= '\u009F') {
                char punctuation = Windows874.punctuationFor(c);
                if (punctuation != 0) {
                    out.append(punctuation);
                }
                report.c1Repaired();
            } else if (ThaiPuaGlyphs.isPrivateUse(c)) {
                char standard = ThaiPuaGlyphs.standardFor(c);
                if (standard == 0) {
                    out.append(c);
                    report.puaUnmapped();
                } else {
                    out.append(standard);
                    report.puaMapped();
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** ASCII (but a CR to be converted) and the Thai block, nearly all of any text, are copied as they are. */
    private static boolean passesUnchanged(char c, boolean keepLayout) {
        if (c < '\u0080') {
            return c != '\r' || keepLayout;
        }
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    /** Spaces that look like a plain space but defeat splitting and matching. */
    private static boolean isSpecialSpace(char c) {
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /**
     * Broken PDF font maps emit a space before marks that belong to the preceding consonant. Only spaces
     * and tabs are removed, never a line break, so a mark that starts a line stays on it.
     */
    private static String removeSpacesBeforeMarks(String text, RepairReport.Builder report) {
        // Built only from the first removal on: most texts have none and are returned as they are.
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                int end = i;
                while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                    end++;
                }
                if (end < text.length() && ThaiChars.isCombiningMark(text.charAt(end)) && i > 0
                        && text.charAt(i - 1) != '\n') {
                    if (out == null) {
                        out = new StringBuilder(text.length()).append(text, 0, i);
                    }
                    report.spaceBeforeMarkRemoved();
                } else if (out != null) {
                    out.append(text, i, end);
                }
                i = end;
            } else {
                if (out != null) {
                    out.append(c);
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * SARA AM is sometimes stored as NIKHAHIT + SARA AA. Renderers decompose SARA AM that way and move
     * the NIKHAHIT in front of any above-base marks, so text round-tripped through a renderer (a PDF) can
     * hold NIKHAHIT, then tone marks, then SARA AA. The canonical spelling keeps the marks and ends with
     * SARA AM, as in น้ำ = NO NU, MAI THO, SARA AM.
     */
    private static String joinSaraAm(String text, RepairReport.Builder report) {
        if (text.indexOf(ThaiChars.NIKHAHIT) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ThaiChars.NIKHAHIT) {
                int j = i + 1;
                while (j < text.length() && ThaiChars.isAboveMark(text.charAt(j))
                        && text.charAt(j) != ThaiChars.NIKHAHIT) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == ThaiChars.SARA_AA) {
                    out.append(text, i + 1, j).append(ThaiChars.SARA_AM);
                    report.saraAmJoined();
                    i = j;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String repairLines(String text, boolean fromPdf, boolean keepLayout, RepairReport.Builder report) {
        if (!fromPdf) {
            return keepLayout ? text : trimLineEnds(text, report);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(keepLayout ? line : trimTrailing(line, report));
        }
        if (fromPdf) {
            lines = GazetteRunningHeader.remove(lines, report);
        }
        return String.join("\n", lines);
    }

    /** What {@link #trimTrailing} does to every line, in one pass that copies only when a line changes. */
    private static String trimLineEnds(String text, RepairReport.Builder report) {
        StringBuilder out = null;
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int lineEnd = newline < 0 ? text.length() : newline;
            int end = lineEnd;
            while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                end--;
            }
            if (end < lineEnd) {
                report.trailingSpacesTrimmed();
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, start);
                }
            }
            if (out != null) {
                out.append(text, start, end);
                if (newline >= 0) {
                    out.append('\n');
                }
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return out == null ? text : out.toString();
    }

    private static String trimTrailing(String line, RepairReport.Builder report) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end < line.length()) {
            report.trailingSpacesTrimmed();
            return line.substring(0, end);
        }
        return line;
    }
}
