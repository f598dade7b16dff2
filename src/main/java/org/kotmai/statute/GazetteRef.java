package org.kotmai.statute;

import java.time.LocalDate;

/**
 * A Royal Gazette (ราชกิจจานุเบกษา) citation: "เล่ม ๑๓๖ ตอนที่ ๖๙ ก หน้า ๕๒ ๒๗ พฤษภาคม ๒๕๖๒".
 *
 * @param volume   เล่ม
 * @param issue    ตอนที่ as printed in Arabic digits, or null for old issues without one
 * @param section  section letter ก / ข / ค / ง, or null
 * @param special  ฉบับพิเศษ / ตอนพิเศษ
 * @param page     first page, or null
 * @param date     publication date in the ISO calendar, or null when not given
 */
public record GazetteRef(int volume, String issue, String section, boolean special, Integer page, LocalDate date) {
}
