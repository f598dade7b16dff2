package org.kotmai.statute;

import java.util.List;

import org.kotmai.catalog.InstrumentType;

/**
 * Picks the title block of the instrument a text is about. A consolidated text may carry several:
 * the royal decree or act that brings a code into force, the code itself, attached instruments.
 */
final class MainInstrument {

    private MainInstrument() {
    }

    /** The main title block, or null when the text has no title block at all. */
    static HeaderBlock choose(List<HeaderBlock> blocks, ParseHints hints) {
        List<HeaderBlock> titles = blocks.stream().filter(b -> b.kind() == HeaderBlock.Kind.TITLE).toList();
        if (titles.isEmpty()) {
            return null;
        }
        if (hints.expectedTitle() != null && !hints.expectedTitle().isBlank()) {
            String wanted = InstrumentTitles.key(hints.expectedTitle());
            for (HeaderBlock b : titles) {
                if (InstrumentTitles.key(b.title()).equals(wanted)) {
                    return b;
                }
            }
            for (HeaderBlock b : titles) {
                String key = InstrumentTitles.key(b.title());
                if (key.startsWith(wanted) || wanted.startsWith(key) && key.length() > 8) {
                    return b;
                }
            }
        }
        // Without metadata: a code is what a text containing one is about, not the act enacting it.
        for (HeaderBlock b : titles) {
            if (b.type() == InstrumentType.CODE) {
                return b;
            }
        }
        return titles.get(0);
    }
}
