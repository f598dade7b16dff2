package org.kotmai.thai;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Questions that ask for a number ("ภายในกี่วัน", "กี่ขวบ", "กี่เปอร์เซ็นต์") and the way laws state one: Thai
 * number words right before the unit ("ภายในเจ็ดวัน", "หกปี"), or after ร้อยละ for a rate ("ร้อยละสิบห้า").
 */
public final class ThaiQuantities {

    /** Thai number words as the analyzer emits them; the last one stands right before the unit. */
    public static final List<String> NUMBER_WORDS = List.of("หนึ่ง", "เอ็ด", "สอง", "ยี่", "สาม", "สี่", "ห้า", "หก",
            "เจ็ด", "แปด", "เก้า", "สิบ", "ยี่สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน", "ครึ่ง");

    /** The tokens the analyzer makes of ร้อยละ, the word laws write before a rate. */
    public static final List<String> PERCENT = List.of("ร้อย", "ละ");

    private static final String HOW_MANY = "กี่";
    /** Units asked for, as the laws count them: age in ขวบ is counted in ปี. */
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("วัน", "วัน"), Map.entry("ปี", "ปี"),
            Map.entry("ขวบ", "ปี"), Map.entry("เดือน", "เดือน"), Map.entry("สัปดาห์", "สัปดาห์"),
            Map.entry("ชั่วโมง", "ชั่วโมง"), Map.entry("บาท", "บาท"), Map.entry("ครั้ง", "ครั้ง"),
            Map.entry("คน", "คน"),
            Map.entry("เท่า", "เท่า"), Map.entry("ตัว", "ตัว"));
    private static final String PERCENT_WORD = "เปอร์เซ็นต์";

    private ThaiQuantities() {
    }

    /**
     * What a question asks a number of.
     *
     * @param unit    the unit the answer is counted in (วัน, ปี …), or null for a rate
     * @param percent the answer is a rate, written ร้อยละ followed by the number
     */
    public record Asked(String unit, boolean percent) {
    }

    /** The quantity asked in the query's tokens ({@link ThaiAnalyzer#tokens}), if it asks for one. */
    public static Optional<Asked> asked(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!HOW_MANY.equals(tokens.get(i))) {
                continue;
            }
            String next = tokens.get(i + 1);
            if (PERCENT_WORD.equals(next)) {
                return Optional.of(new Asked(null, true));
            }
            String unit = UNITS.get(next);
            if (unit != null) {
                return Optional.of(new Asked(unit, false));
            }
        }
        return Optional.empty();
    }
}
