package org.kotmai.thai;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a "… รักษาการตาม…นี้" clause puts in charge, and the organisation each of them heads.
 *
 * <p>The clause names one or more office holders in a Thai list ("A B และC"), with the spacing of whoever typed
 * it, the consolidation's amendment asterisks, and sometimes the duties that follow ("… มีหน้าที่ …"). Facets and
 * filters need the organisations ("กระทรวงการคลัง" for its minister), so that a law two ministers share counts for
 * both and one ministry is one value however its minister was written.
 */
public final class OfficeHolders {

    /**
     * Where an office holder's title begins. A minister attached to the Prime Minister's Office
     * (รัฐมนตรีประจำสำนักนายกรัฐมนตรี) is one holder, so nothing inside "สำนักนายกรัฐมนตรี" starts a new one. A bare
     * "รัฐมนตรี" is the minister an old act defines elsewhere; it is tried last so that longer titles win.
     */
    private static final Pattern TITLE = Pattern.compile("(?<!สำนัก)(?<!สำนักนายก)(?:นายกรัฐมนตรี|รองนายกรัฐมนตรี"
            + "|รัฐมนตรีว่าการ|รัฐมนตรีประจำ|เสนาบดี|ประธาน|อัยการสูงสุด|รัฐมนตรี)");
    /** What the clause goes on to say about the holders' powers is not part of their names. */
    private static final Pattern DUTIES = Pattern.compile("มี(?:หน้าที่|อำนาจ)");
    private static final Pattern AMENDMENT_MARKS = Pattern.compile("[*\\[\\]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String AND = "และ";

    private static final String PRIME_MINISTER = "นายกรัฐมนตรี";
    private static final String PRIME_MINISTERS_OFFICE = "สำนักนายกรัฐมนตรี";

    private OfficeHolders() {
    }

    /**
     * The holders a clause names, in its order, cleaned; empty when it names none of the known titles (a clause
     * read wrongly, or an agency given as free text).
     */
    public static List<String> holders(String clause) {
        if (clause == null) {
            return List.of();
        }
        String text = AMENDMENT_MARKS.matcher(clause).replaceAll("");
        Matcher duties = DUTIES.matcher(text);
        if (duties.find()) {
            text = text.substring(0, duties.start());
        }
        Matcher title = TITLE.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (title.find()) {
            starts.add(title.start());
        }
        if (starts.isEmpty() || !text.substring(0, starts.get(0)).isBlank()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            String holder = SPACES.matcher(text.substring(starts.get(i), end)).replaceAll(" ").strip();
            if (holder.endsWith(AND)) {
                holder = holder.substring(0, holder.length() - AND.length()).strip();
            }
            if (!holder.isEmpty()) {
                out.add(holder);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The holders written as one Thai list ("A", "AและB", "A B และC"), or the clause stripped of white space at its
     * ends when it names no known holder.
     */
    public static String inCharge(String clause) {
        List<String> holders = holders(clause);
        if (holders.isEmpty()) {
            return clause == null || clause.isBlank() ? null : clause.strip();
        }
        return listed(holders);
    }

    /** Holders as one Thai list: "A", "AและB", "A B และC". */
    public static String listed(List<String> holders) {
        if (holders.size() == 1) {
            return holders.get(0);
        }
        String last = holders.get(holders.size() - 1);
        List<String> before = holders.subList(0, holders.size() - 1);
        return String.join(" ", before) + (before.size() == 1 ? "" : " ") + AND + last;
    }

    /**
     * The organisations a clause puts in charge, in its order and without repeats: a ministry for its minister,
     * the Prime Minister's Office for the Prime Minister, a court or council for its president, the Attorney
     * General's office. A text naming no known holder (e.g. an agency a sidecar file gives) is its own single value.
     */
    public static List<String> agencies(String clause) {
        List<String> holders = holders(clause);
        if (holders.isEmpty()) {
            return clause == null || clause.isBlank() ? List.of() : List.of(clause.strip());
        }
        Set<String> out = new LinkedHashSet<>();
        holders.forEach(h -> out.add(agencyOf(h)));
        return List.copyOf(out);
    }

    /**
     * The organisation a filter value means: the one a holder's title names ("รัฐมนตรีว่าการกระทรวงการคลัง" means
     * กระทรวงการคลัง), else the value as typed, stripped; null for a blank value.
     */
    public static String agencyNamed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> agencies = agencies(value);
        return agencies.size() == 1 ? agencies.get(0) : value.strip();
    }

    static String agencyOf(String holder) {
        if (holder.equals(PRIME_MINISTER) || holder.equals("รอง" + PRIME_MINISTER)) {
            return PRIME_MINISTERS_OFFICE;
        }
        if (holder.equals("อัยการสูงสุด")) {
            return "สำนักงานอัยการสูงสุด";
        }
        for (String title : List.of("รัฐมนตรีว่าการ", "รัฐมนตรีประจำ", "เสนาบดี")) {
            if (holder.startsWith(title) && holder.length() > title.length()) {
                return holder.substring(title.length());
            }
        }
        if (holder.startsWith("ประธานกรรมการ")) {
            return "คณะ" + holder.substring("ประธาน".length());
        }
        if (holder.startsWith("ประธาน") && holder.length() > "ประธาน".length()) {
            return holder.substring("ประธาน".length());
        }
        return holder;
    }
}
