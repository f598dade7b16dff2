package org.kotmai.statute;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kotmai.thai.ThaiDates;
import org.kotmai.thai.ThaiDigits;

/**
 * Reads the Royal Gazette citations of Krisdika footnotes: "เล่ม ๕๒/-/หน้า ๑๙๗๘/๑ กุมภาพันธ์ ๒๔๗๘",
 * "เล่ม ๗๗/ตอนที่ ๓๑/ฉบับพิเศษ หน้า ๓๖/๑๓ เมษายน ๒๕๐๓", "เล่ม ๑๓๔/ตอนพิเศษ ๙๗ ง/หน้า ๔๙/๔ เมษายน ๒๕๖๐".
 */
final class GazetteRefParser {

    private static final Pattern REF = Pattern.compile(
            "เล่ม\\s*(\\d+)\\s*(?:/\\s*)?(?:-|(ตอนที่|ตอนพิเศษ|ตอน)?\\s*(\\d+|พิเศษ)?\\s*([กขคง])?(?![\\u0E01-\\u0E4E]))?"
                    + "\\s*/?\\s*(ฉบับพิเศษ)?\\s*(?:หน้า\\s*(\\d+))?");

    private GazetteRefParser() {
    }

    static Optional<GazetteRef> find(String text) {
        String arabic = ThaiDigits.toArabic(text);
        Matcher m = REF.matcher(arabic);
        if (!m.find()) {
            return Optional.empty();
        }
        int volume = Integer.parseInt(m.group(1));
        String issueWord = m.group(2);
        String issue = m.group(3) != null && !m.group(3).equals("พิเศษ") ? m.group(3) : null;
        boolean special = m.group(5) != null || "ตอนพิเศษ".equals(issueWord) || "พิเศษ".equals(m.group(3));
        Integer page = m.group(6) != null ? Integer.valueOf(m.group(6)) : null;
        LocalDate date = ThaiDates.find(arabic.substring(m.end())).orElse(null);
        return Optional.of(new GazetteRef(volume, issue, m.group(4), special, page, date));
    }
}
