package org.kotmai.thai;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Thai calendar dates as printed in legal texts ("๒๗ มกราคม ๒๔๘๕", "1 กุมภาพันธ์ 2478",
 * "๕ ม.ค. ๒๕๖๒", "วันที่ ๓๑ มีนาคม พุทธศักราช ๒๔๘๑") into ISO dates.
 *
 * <p>Until the 1940 reform the Thai civil year began on 1 April, so January to March of a Buddhist
 * year belonged to the following Common Era year: the Gambling Act signed "๓๑ มกราคม ๒๔๗๘" was
 * signed on 31 January 1936, and Royal Gazette volume 52 covers April 1935 to March 1936. The year
 * BE 2483 was cut short (1 April to 31 December 1940) and 1 January 1941 opened BE 2484, from which
 * point BE and CE years run in step. Hence: January–March of BE 2483 and earlier is BE − 542,
 * everything else BE − 543. A "January–March 2483" date never existed on the calendar; it is read
 * with the same pre-reform rule (→ 1941) because texts that print it mean the months that followed
 * December 2483.
 */
public final class ThaiDates {

    private static final String[][] MONTHS = {
            {"มกราคม", "ม.ค."}, {"กุมภาพันธ์", "ก.พ."}, {"มีนาคม", "มี.ค."}, {"เมษายน", "เม.ย."},
            {"พฤษภาคม", "พ.ค."}, {"มิถุนายน", "มิ.ย."}, {"กรกฎาคม", "ก.ค."}, {"สิงหาคม", "ส.ค."},
            {"กันยายน", "ก.ย."}, {"ตุลาคม", "ต.ค."}, {"พฤศจิกายน", "พ.ย."}, {"ธันวาคม", "ธ.ค."}};

    private static final int LAST_YEAR_STARTING_IN_APRIL = 2483;

    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})\\s*(" + monthAlternatives() + ")\\s*(?:(?:พ\\.\\s*ศ\\.|พุทธศักราช|พระพุทธศักราช|ค\\.\\s*ศ\\.)\\s*)?(\\d{4})");

    private ThaiDates() {
    }

    /** Finds the first date in the text, in Thai or Arabic digits. */
    public static Optional<LocalDate> find(CharSequence text) {
        String normalised = ThaiDigits.toArabic(text).replace('\u00A0', ' ');
        Matcher m = DATE.matcher(normalised);
        while (m.find()) {
            Optional<LocalDate> date = toDate(Integer.parseInt(m.group(1)), monthOf(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * Parses text that is exactly one date.
     *
     * @throws IllegalArgumentException naming the text when it is not a Thai date
     */
    public static LocalDate parse(CharSequence text) {
        String normalised = ThaiDigits.toArabic(text).replace('\u00A0', ' ').strip();
        Matcher m = DATE.matcher(normalised);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a Thai date (expected e.g. \"๒๗ มกราคม ๒๔๘๕\"): \"" + text + "\"");
        }
        return toDate(Integer.parseInt(m.group(1)), monthOf(m.group(2)), Integer.parseInt(m.group(3)))
                .orElseThrow(() -> new IllegalArgumentException("No such calendar day: \"" + text + "\""));
    }

    /**
     * Converts a day, month (1–12) and year printed in a Thai text to the ISO calendar. Years from
     * 2400 up are Buddhist Era; 1800–2200 are taken as already CE.
     */
    public static Optional<LocalDate> toDate(int day, int month, int year) {
        int yearBe = BuddhistEra.asBe(year);
        if (yearBe < 0 || month < 1 || month > 12) {
            return Optional.empty();
        }
        boolean typedAsCe = year < 2400;
        int yearCe = typedAsCe ? year : ceYear(month, yearBe);
        try {
            return Optional.of(LocalDate.of(yearCe, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a date the way Thai official documents print it, e.g. "21 พฤศจิกายน พ.ศ. 2569", with the BE year
     * the date belonged to at the time; digits stay Arabic so the text reads the same in every font.
     */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1][0] + " พ.ศ. " + beYear(date);
    }

    /** The Buddhist Era year a date belonged to: January–March before 1941 still counted to the previous BE year. */
    public static int beYear(LocalDate date) {
        boolean oldYearTail = date.getYear() <= 1940 && date.getMonthValue() <= 3;
        return BuddhistEra.toBe(date.getYear()) - (oldYearTail ? 1 : 0);
    }

    private static int ceYear(int month, int yearBe) {
        boolean oldYearTail = month <= 3 && yearBe <= LAST_YEAR_STARTING_IN_APRIL;
        return BuddhistEra.toCe(yearBe) + (oldYearTail ? 1 : 0);
    }

    private static int monthOf(String name) {
        String compact = name.replaceAll("\\s+", "");
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i][0].equals(compact) || MONTHS[i][1].equals(compact)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("month table and pattern disagree on " + name);
    }

    private static String monthAlternatives() {
        StringBuilder sb = new StringBuilder();
        for (String[] month : MONTHS) {
            for (String form : month) {
                if (!sb.isEmpty()) {
                    sb.append('|');
                }
                sb.append(form.replace(".", "\\.\\s*"));
            }
        }
        return sb.toString();
    }
}
