package org.kotmai.catalog;

import org.kotmai.thai.ThaiDigits;

/** Canonical provision numbers as typed by users: Arabic digits, single spaces, no label. */
public final class ProvisionNumbers {

    private ProvisionNumbers() {
    }

    public static String canonical(String typed) {
        String number = ThaiDigits.toArabic(typed).replace('\u00A0', ' ').trim();
        number = number.replaceFirst("^(มาตรา|ข้อ|ม\\.)\\s*", "");
        return number.replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ");
    }
}
