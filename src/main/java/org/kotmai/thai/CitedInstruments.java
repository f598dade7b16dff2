package org.kotmai.thai;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which instrument a provision reference in a law's own text points to. Thai drafting names another law right
 * after the reference ("มาตรา ๕ แห่งพระราชบัญญัติลิขสิทธิ์ พ.ศ. ๒๕๓๗"), and the law itself with a trailing นี้
 * ("มาตรา ๕ แห่งพระราชบัญญัตินี้"); a bare reference ("ตามมาตรา ๕") is to the same law.
 */
public final class CitedInstruments {

    private static final String INSTRUMENT = "รัฐธรรมนูญ|พระราชบัญญัติ|พระราชกำหนด|พระราชกฤษฎีกา|ประมวลกฎหมาย|ประมวล"
            + "|กฎกระทรวง|ประกาศ|ระเบียบ|ข้อบังคับ|คำสั่ง";
    private static final Pattern NAMED = Pattern.compile("\\G[ \\t\\u00A0]*(?:แห่ง|ของ|ใน|ตาม)[ \\t\\u00A0]*(?=("
            + INSTRUMENT + "))");
    private static final Pattern SELF =
            Pattern.compile("\\G(?:" + INSTRUMENT + ")[ \\t\\u00A0]*(?:ฉบับ)?[ \\t\\u00A0]*นี้");

    private static final Pattern YEAR_SUFFIX = Pattern.compile("(?:พ\\.ศ\\.|พุทธศักราช)\\d{4}$");

    private CitedInstruments() {
    }

    /**
     * Where the name of the instrument a reference points to begins, when the text right after the reference
     * (at {@code offset}) names one.
     *
     * @return the offset of the name, or -1 for a reference without a named instrument (or to this very law)
     */
    public static int otherInstrumentAt(CharSequence text, int offset) {
        Matcher named = NAMED.matcher(text);
        if (offset > text.length() || !named.find(offset)) {
            return -1;
        }
        int name = named.end();
        return SELF.matcher(text).find(name) ? -1 : name;
    }

    /**
     * A title or cited name reduced for comparison: Arabic digits, no whitespace, so that "พ.ศ. ๒๕๓๗" in a
     * citation meets "พ.ศ.2537" in a catalogue title.
     */
    public static String comparable(CharSequence name) {
        StringBuilder out = new StringBuilder(name.length());
        String arabic = ThaiDigits.toArabic(name);
        for (int i = 0; i < arabic.length(); i++) {
            char c = arabic.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A {@link #comparable} name without its trailing BE year, for citations that leave the year out. */
    public static String withoutYear(String comparable) {
        return YEAR_SUFFIX.matcher(comparable).replaceFirst("");
    }

    /** Whether the reference starting at this offset cites a ข้อ (a clause) rather than a มาตรา. */
    public static boolean isClauseReference(CharSequence text, int referenceStart) {
        return text.toString().startsWith("ข้อ", referenceStart);
    }
}
