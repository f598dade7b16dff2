package org.kotmai.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the อาศัยอำนาจตามความใน… clause of a subordinate instrument: which provisions of which parent
 * law empower it.
 */
final class EnablingClauses {

    private static final Pattern OPENING = Pattern.compile("อาศัยอำนาจ(?:ตามความ)?(?:ใน)?");
    private static final Pattern PROVISION = Pattern.compile(
            "(?:มาตรา|ข้อ)\\s*([0-9\\u0E50-\\u0E59]+(?:\\s*/\\s*[0-9\\u0E50-\\u0E59]+)?(?:\\s*(?:"
                    + String.join("|", ProvisionLabel.PALI_ORDINALS) + "|" + String.join("|", ProvisionLabel.ORDINAL_VARIANTS.keySet())
                    + ")(?![\\u0E01-\\u0E4E]))?)");
    private static final Pattern PARENT = Pattern.compile(
            "แห่ง\\s*((?:พระราชบัญญัติ|พระราชกำหนด|ประมวล|รัฐธรรมนูญ|พระราชกฤษฎีกา|กฎกระทรวง|ประกาศ)"
                    + ".*?(?:(?:พ\\.\\s*ศ\\.|พุทธศักราช)\\s*[0-9\\u0E50-\\u0E59]{4}|$|(?=\\s(?:ซึ่ง|อันเป็น|และ|นายกรัฐมนตรี|รัฐมนตรี))))");

    private EnablingClauses() {
    }

    static Optional<EnablingClause> find(String paragraph) {
        Matcher open = OPENING.matcher(paragraph);
        if (!open.find()) {
            return Optional.empty();
        }
        String clause = paragraph.substring(open.start());
        Matcher parent = PARENT.matcher(clause);
        String parentTitle = null;
        int parentAt = clause.length();
        if (parent.find()) {
            parentTitle = parent.group(1).strip();
            parentAt = parent.start();
        }
        List<String> provisions = new ArrayList<>();
        Matcher p = PROVISION.matcher(clause.substring(0, parentAt));
        while (p.find()) {
            provisions.add(ProvisionLabel.canonical(p.group(1)));
        }
        Integer year = parentTitle == null ? null : InstrumentTitles.yearBe(parentTitle);
        return Optional.of(new EnablingClause(paragraph.strip(), List.copyOf(provisions), parentTitle, year));
    }
}
