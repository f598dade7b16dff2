package org.kotmai.thai;

/**
 * Counts of each repair applied to one document, kept with the catalogued law so that data quality
 * can be audited.
 */
public record RepairReport(int saraAmJoined, int puaMapped, int spacesBeforeMarksRemoved, int nbspNormalised,
        int zeroWidthRemoved, int gazetteHeaderLinesRemoved) {

    public int total() {
        return saraAmJoined + puaMapped + spacesBeforeMarksRemoved + nbspNormalised + zeroWidthRemoved
                + gazetteHeaderLinesRemoved;
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

        RepairReport build() {
            return new RepairReport(saraAm, pua, spaces, nbsp, zeroWidth, headers);
        }
    }
}
