package org.kotmai.statute;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds who is in charge of an instrument: "ให้รัฐมนตรีว่าการกระทรวง… รักษาการตามพระราชบัญญัตินี้". */
final class AgencyClauses {

    private static final Pattern AGENCY = Pattern.compile(
            "(?:^|\\s)ให้?\\s*(\\S.{1,300}?)\\s*(?:เป็น(?:ผู้|เจ้าหน้าที่))?รักษาการ(?:ให้เป็นไป)?ตาม(?:พระราชบัญญัติ|พระราชกำหนด|ประมวล|กฎกระทรวง|ประกาศ|ระเบียบ|ข้อบังคับ|คำสั่ง|รัฐธรรมนูญ)\\S{0,60}?นี้");

    private AgencyClauses() {
    }

    /** The minister or body named by the first such clause, looking in the given lists in order; null if none. */
    @SafeVarargs
    static String find(List<Provision>... lists) {
        for (List<Provision> list : lists) {
            for (Provision p : list) {
                for (String paragraph : p.paragraphs()) {
                    // The cheap test first: the pattern is costly on long paragraphs that cannot match.
                    if (!paragraph.contains("รักษาการ")) {
                        continue;
                    }
                    Matcher m = AGENCY.matcher(paragraph);
                    if (m.find()) {
                        return m.group(1).strip();
                    }
                }
            }
        }
        return null;
    }
}
