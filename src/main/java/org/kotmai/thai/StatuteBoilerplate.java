package org.kotmai.thai;

import java.util.regex.Pattern;

/**
 * Recognises the provisions every Thai statute opens with and that answer no question about its subject: the
 * short title ("พระราชบัญญัตินี้เรียกว่า …"), commencement ("… นี้ให้ใช้บังคับตั้งแต่ …"), repeal of earlier
 * laws ("ให้ยกเลิก …") and the minister in charge ("ให้รัฐมนตรีว่าการ … รักษาการตาม …"). Search ranks them
 * down, since their few words otherwise make them outrank the provisions that deal with the matter.
 */
public final class StatuteBoilerplate {

    /** Looked for at the start of the provision, in its compact form (no spaces or punctuation). */
    private static final Pattern OPENING = Pattern.compile(
            "^(?:[ก-๙a-z]{0,60}นี้(?:เรียกว่า|ให้ใช้บังคับ)|ให้ยกเลิก|ให้(?:นายก)?รัฐมนตรี[ก-๙a-z0-9]{0,200}รักษาการ)");
    private static final int PREFIX = 400;

    private StatuteBoilerplate() {
    }

    public static boolean isBoilerplate(String provisionText, ThaiAnalyzer analyzer) {
        if (provisionText == null) {
            return false;
        }
        String head = provisionText.substring(0, Math.min(PREFIX, provisionText.length()));
        return OPENING.matcher(analyzer.compactKey(head)).find();
    }
}
