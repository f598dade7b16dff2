package org.kotmai.statute;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Turns one repaired legal text (Krisdika consolidated HTML-to-text export, or a text laid out the
 * same way) into a {@link ParsedLaw}. Stateless: every call works on its own {@link Assembly}.
 */
@Component
public class StatuteParser {

    /**
     * @param repairedText text after {@code ThaiTextRepair}; CR LF soft wraps are used when present
     * @param hints        metadata known beforehand; {@link ParseHints#none()} when there is none
     * @throws NotALegalInstrumentException when the text has no title block or no provisions
     * @throws IllegalArgumentException     when the text is null or blank
     */
    public ParsedLaw parse(String repairedText, ParseHints hints) {
        if (repairedText == null || repairedText.isBlank()) {
            throw new IllegalArgumentException("repairedText is empty: pass the repaired content of the law file");
        }
        ParseHints safeHints = hints == null ? ParseHints.none() : hints;
        List<SourceLine> lines = SourceLines.split(repairedText);
        int footnotesAt = FootnoteParser.start(lines);
        List<Footnote> footnotes = FootnoteParser.parse(lines, footnotesAt);
        List<SourceLine> body = lines.subList(0, footnotesAt);
        return new Assembly(body, footnotes, safeHints).run();
    }
}
