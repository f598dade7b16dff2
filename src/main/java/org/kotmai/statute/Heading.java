package org.kotmai.statute;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A structure heading line: "บรรพ ๑", "ลักษณะ ๒๒", "หมวด ๑/๑", "ส่วนที่ ๓", "บทเฉพาะกาล",
 * "บททั่วไป", possibly with its name on the same line ("หมวด ๑ บททั่วไป").
 *
 * @param kind   BOOK, PART, TITLE, CHAPTER, DIVISION, TRANSITIONAL, GENERAL, PENALTIES, or SUBHEADING
 *               for the unnumbered captions codes print inside a division
 * @param number canonical number, empty for unnumbered headings
 * @param text   the heading as printed, markers removed
 */
record Heading(String kind, String number, String text) {

    private static final String DIGITS = "[0-9\\u0E50-\\u0E59]+(?:\\s*/\\s*[0-9\\u0E50-\\u0E59]+)?(?:\\s*(?:"
            + String.join("|", ProvisionLabel.PALI_ORDINALS) + "|" + String.join("|", ProvisionLabel.ORDINAL_VARIANTS.keySet())
            + ")(?![\\u0E01-\\u0E4E]))?";
    private static final Pattern NUMBERED = Pattern.compile(
            "^(บรรพ|ภาค|ลักษณะ|หมวด|ส่วนที่|ส่วน|บทที่)\\s*(" + DIGITS + ")(?:\\s*\\[[^\\]]*\\])*(.*)$");
    private static final Pattern STARTS = Pattern.compile("บรรพ|ภาค|ลักษณะ|หมวด|ส่วน|บท");
    private static final Pattern UNNUMBERED = Pattern.compile("^(บทเฉพาะกาล|บททั่วไป|บทกำหนดโทษ)(?:\\s*\\[[^\\]]*\\])*\\s*$");

    /** Ranks by nesting: a heading closes every open heading of the same or a deeper rank. */
    int rank() {
        return switch (kind) {
            case "BOOK" -> 0;
            case "PART" -> 1;
            case "TITLE" -> 2;
            case "CHAPTER" -> 3;
            case "DIVISION" -> 4;
            case "SUBHEADING" -> 5;
            default -> 3;
        };
    }

    static Optional<Heading> at(String line) {
        if (!STARTS.matcher(line).lookingAt()) {
            return Optional.empty();
        }
        String text = FootnoteMarkers.strip(line);
        Matcher m = NUMBERED.matcher(line);
        if (m.matches()) {
            String rest = m.group(3).strip();
            // A heading name is short; a long remainder is a sentence that happens to start with the word.
            if (rest.length() > 120 || rest.startsWith("แห่ง") || rest.startsWith("และ") || rest.startsWith("วรรค")) {
                return Optional.empty();
            }
            String number = ProvisionLabel.canonical(m.group(2));
            return Optional.of(new Heading(kind(m.group(1)), number, text));
        }
        Matcher u = UNNUMBERED.matcher(line);
        if (u.matches()) {
            return Optional.of(new Heading(u.group(1).equals("บทเฉพาะกาล") ? "TRANSITIONAL"
                    : u.group(1).equals("บททั่วไป") ? "GENERAL" : "PENALTIES", "", text));
        }
        return Optional.empty();
    }

    /** A numbered heading printed without its name, which then follows on the next line. */
    boolean awaitsName() {
        return !number.isEmpty() && text.split(" ").length <= 2;
    }

    Heading withName(String name) {
        return new Heading(kind, number, text + " " + FootnoteMarkers.strip(name));
    }

    private static String kind(String word) {
        return switch (word) {
            case "บรรพ" -> "BOOK";
            case "ภาค" -> "PART";
            case "ลักษณะ" -> "TITLE";
            case "หมวด", "บทที่" -> "CHAPTER";
            default -> "DIVISION";
        };
    }
}
