package org.kotmai.statute;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.thai.BuddhistEra;
import org.kotmai.thai.ThaiDigits;

/** Recognises the instrument type from the first words of a title, and the title's BE year. */
final class InstrumentTitles {

    /** Longest prefix first, so that an organic act is not read as an ordinary act. */
    private static final List<Map.Entry<String, InstrumentType>> PREFIXES = List.of(
            Map.entry("พระราชบัญญัติประกอบรัฐธรรมนูญ", InstrumentType.ORGANIC_ACT),
            Map.entry("รัฐธรรมนูญ", InstrumentType.CONSTITUTION),
            Map.entry("พระราชบัญญัติ", InstrumentType.ACT),
            Map.entry("พระธรรมนูญ", InstrumentType.ACT),
            Map.entry("พระราชกำหนด", InstrumentType.EMERGENCY_DECREE),
            Map.entry("ประมวลกฎหมาย", InstrumentType.CODE),
            Map.entry("ประมวลรัษฎากร", InstrumentType.CODE),
            Map.entry("พระราชกฤษฎีกา", InstrumentType.ROYAL_DECREE),
            Map.entry("กฎกระทรวง", InstrumentType.MINISTERIAL_REGULATION),
            Map.entry("กฎทบวง", InstrumentType.MINISTERIAL_REGULATION),
            Map.entry("ประกาศ", InstrumentType.NOTIFICATION),
            Map.entry("ระเบียบ", InstrumentType.REGULATION),
            Map.entry("ข้อบังคับ", InstrumentType.BY_LAW),
            Map.entry("คำสั่ง", InstrumentType.ORDER),
            Map.entry("ข้อบัญญัติ", InstrumentType.LOCAL_ORDINANCE),
            Map.entry("เทศบัญญัติ", InstrumentType.LOCAL_ORDINANCE));

    private static final Pattern YEAR = Pattern.compile("(?:พ\\.\\s*ศ\\.|พุทธศักราช|พระพุทธศักราช|/|ร\\.\\s*ศ\\.)\\s*(\\d{4})");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(2[45]\\d\\d)(?!\\d)");

    private InstrumentTitles() {
    }

    /** The type named by the title's first word, or null when the line does not open a title. */
    static InstrumentType typeOf(String title) {
        String t = title.startsWith("*") ? title.substring(1) : title;
        for (Map.Entry<String, InstrumentType> e : PREFIXES) {
            if (t.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** True when the text is nothing but an instrument word, as on the first line of a title block. */
    static boolean isTypeWord(String text) {
        return PREFIXES.stream().anyMatch(e -> e.getKey().equals(text));
    }

    static boolean opensTitle(String line) {
        return typeOf(line) != null;
    }

    /** The Buddhist Era year printed in the title, or null. */
    static Integer yearBe(String title) {
        // "กฎกระทรวง ฉบับที่ ๑๗ (พ.ศ. ๒๕๐๓) ออกตามความในพระราชบัญญัติ… ๒๔๗๘": the parent's year is not ours.
        int parent = title.indexOf("ตามความใน");
        String own = parent > 0 ? title.substring(0, parent) : title;
        String arabic = ThaiDigits.toArabic(own);
        Integer found = null;
        Matcher m = YEAR.matcher(arabic);
        while (m.find()) {
            int y = BuddhistEra.asBe(Integer.parseInt(m.group(1)));
            if (y > 0) {
                found = y;
            }
        }
        if (found == null) {
            Matcher any = ANY_YEAR.matcher(arabic);
            while (any.find()) {
                found = Integer.parseInt(any.group(1));
            }
        }
        return found;
    }

    /** Comparable form of a title: Arabic digits, no spaces, no markers, no "(ฉบับ Update ล่าสุด)". */
    static String key(String title) {
        String s = ThaiDigits.toArabic(FootnoteMarkers.strip(title)).replaceAll("[\\s\\u00A0]+", "");
        return s.replace("(ฉบับUpdateล่าสุด)", "").replace("*", "");
    }
}
