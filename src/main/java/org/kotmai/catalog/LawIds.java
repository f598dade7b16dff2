package org.kotmai.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

import org.kotmai.thai.ThaiDigits;

/**
 * Derives the readable, stable id of a law from its type, BE year and title, e.g.
 * {@code act-2537-ลิขสิทธิ์} for "พระราชบัญญัติลิขสิทธิ์ พ.ศ. ๒๕๓๗". The same document re-ingested gets the
 * same id because nothing but the parsed identity goes into it.
 */
public final class LawIds {

    private static final Pattern YEAR_SUFFIX =
            Pattern.compile("\\s*(?:พ\\.\\s*ศ\\.|พุทธศักราช)\\s*\\d{4}\\s*$");
    private static final Pattern UPDATE_SUFFIX = Pattern.compile("\\(\\s*ฉบับ\\s*Update\\s*ล่าสุด\\s*\\)");
    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private LawIds() {
    }

    public static String of(InstrumentType type, Integer yearBe, String title) {
        String name = ThaiDigits.toArabic(UPDATE_SUFFIX.matcher(title).replaceAll("")).trim();
        name = YEAR_SUFFIX.matcher(name).replaceAll("");
        String prefix = type.thaiName();
        if (type != InstrumentType.CODE && name.startsWith(prefix) && name.length() > prefix.length()) {
            name = name.substring(prefix.length());
        }
        String slug = NOT_SLUG.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        StringBuilder id = new StringBuilder(type.slug());
        if (yearBe != null) {
            id.append('-').append(yearBe);
        }
        if (!slug.isEmpty()) {
            id.append('-').append(slug);
        }
        return id.toString();
    }
}
