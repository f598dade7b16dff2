package org.kotmai.thai;

/**
 * Buddhist Era (พ.ศ.) ↔ Common Era years. The offset is 543 for the calendar year; before 1941 the
 * Thai year began on 1 April, which matters only for exact dates and is handled where dates are parsed.
 */
public final class BuddhistEra {

    public static final int OFFSET = 543;

    private BuddhistEra() {
    }

    public static int toCe(int yearBe) {
        return yearBe - OFFSET;
    }

    public static int toBe(int yearCe) {
        return yearCe + OFFSET;
    }

    /**
     * Reads a four-digit year typed either way: 2400–2700 is taken as BE, 1800–2200 as CE and
     * converted. Returns the BE year, or -1 when the number is no plausible year.
     */
    public static int asBe(int year) {
        if (year >= 2400 && year <= 2700) {
            return year;
        }
        if (year >= 1800 && year <= 2200) {
            return toBe(year);
        }
        return -1;
    }
}
