package org.kotmai.thai;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buddhist Era (พ.ศ.) ↔ Common Era years. The offset is 543 for the calendar year; before 1941 the
 * Thai year began on 1 April, which matters only for exact dates and is handled where dates are parsed.
 */
public final class BuddhistEra {

    public static final int OFFSET = 543;

    /** An era marker followed by a four-digit year; group 1 = Buddhist-era marker, group 2 = Common-era one. */
    private static final Pattern MARKED_YEAR = Pattern.compile(
            "(?<![A-Za-z])(?:(พ\\.\\s?ศ\\.?|พุทธศักราช|B\\.\\s?E\\.?|BE)|(ค\\.\\s?ศ\\.?|คริสต์ศักราช|A\\.\\s?D\\.?|C\\.\\s?E\\.?|AD|CE))"
                    + "\\s*([0-9๐-๙]{4})(?![0-9๐-๙])",
            Pattern.CASE_INSENSITIVE);

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

    /**
     * The first year in {@code text} that carries an era marker, as a BE year: "พ.ศ. ๒๕๖๒",
     * "พุทธศักราช ๒๔๗๘" and "B.E. 2562" are read as they are, "ค.ศ. 2019", "คริสต์ศักราช 2019",
     * "A.D. 2019" and "C.E. 2019" are converted. Empty when no marked year is present; a bare number is
     * not taken because section and page numbers look the same.
     */
    public static OptionalInt parseYearBe(String text) {
        Matcher m = MARKED_YEAR.matcher(text);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(ThaiDigits.toArabic(m.group(3)));
        return OptionalInt.of(m.group(1) != null ? year : toBe(year));
    }
}
