package org.kotmai.thai;

/**
 * Counts of each repair applied to one document, kept with the catalogued law so that data quality
 * can be audited.
 *
 * @param saraAmJoined              NIKHAHIT + SARA AA pairs (possibly with marks between) joined into SARA AM
 * @param puaMapped                 legacy font glyphs in the Private Use Area mapped to standard Thai
 * @param spacesBeforeMarksRemoved  runs of spaces or tabs removed before a Thai combining mark
 * @param nbspNormalised            no-break, figure, narrow and other special spaces turned into plain spaces
 * @param zeroWidthRemoved          zero-width characters, word joiners, BOMs and soft hyphens removed
 * @param gazetteHeaderLinesRemoved Royal Gazette running header or footer lines removed (PDF input only)
 * @param lineEndingsNormalised     CRLF or lone CR line endings turned into LF
 * @param trailingSpacesTrimmed     lines whose trailing spaces or tabs were trimmed
 * @param pageNumberLinesRemoved    lines holding only a page number removed (PDF input only)
 * @param puaUnmapped               Private Use Area characters left in place because no mapping is known;
 *                                  a non-zero value means the document needs review
 * @param c1Repaired                C1 control characters (U+0080–U+009F) that are windows-874 punctuation
 *                                  decoded as Latin-1, mapped back to the quotes and dashes they were, or
 *                                  dropped where windows-874 assigns nothing
 */
public record RepairReport(int saraAmJoined, int puaMapped, int spacesBeforeMarksRemoved, int nbspNormalised,
        int zeroWidthRemoved, int gazetteHeaderLinesRemoved, int lineEndingsNormalised, int trailingSpacesTrimmed,
        int pageNumberLinesRemoved, int puaUnmapped, int c1Repaired) {

    public int total() {
        return saraAmJoined + puaMapped + spacesBeforeMarksRemoved + nbspNormalised + zeroWidthRemoved
                + gazetteHeaderLinesRemoved + lineEndingsNormalised + trailingSpacesTrimmed + pageNumberLinesRemoved
                + c1Repaired;
    }

    /** This report with more line endings unified and more lines' trailing blanks trimmed. */
    RepairReport plusLineEnds(int moreLineEndings, int moreTrimmed) {
        return new RepairReport(saraAmJoined, puaMapped, spacesBeforeMarksRemoved, nbspNormalised, zeroWidthRemoved,
                gazetteHeaderLinesRemoved, lineEndingsNormalised + moreLineEndings,
                trailingSpacesTrimmed + moreTrimmed, pageNumberLinesRemoved, puaUnmapped, c1Repaired);
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private int saraAm;
        private int pua;
        private int spaces;
        private int nbsp;
        private int zeroWidth;
        private int headers;
        private int lineEndings;
        private int trailing;
        private int pageNumbers;
        private int unmapped;
        private int c1;

        void saraAmJoined() {
            saraAm++;
        }

        void puaMapped() {
            pua++;
        }

        void spaceBeforeMarkRemoved() {
            spaces++;
        }

        void nbspNormalised() {
            nbsp++;
        }

        void zeroWidthRemoved() {
            zeroWidth++;
        }

        void gazetteHeaderLineRemoved() {
            headers++;
        }

        void lineEndingNormalised() {
            lineEndings++;
        }

        void trailingSpacesTrimmed() {
            trailing++;
        }

        void pageNumberLineRemoved() {
            pageNumbers++;
        }

        void puaUnmapped() {
            unmapped++;
        }

        void c1Repaired() {
            c1++;
        }

        RepairReport build() {
            return new RepairReport(saraAm, pua, spaces, nbsp, zeroWidth, headers, lineEndings, trailing,
                    pageNumbers, unmapped, c1);
        }
    }
}
