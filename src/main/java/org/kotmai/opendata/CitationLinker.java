package org.kotmai.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kotmai.thai.CitedInstruments;
import org.kotmai.thai.ThaiCitations;

/**
 * Cuts a line of provision text into plain runs and links. A reference to this law's own provision links to its eId
 * ({@code #sec_5}); one to another catalogued law links to that law's ELI section URI; a reference that resolves to
 * nothing stays plain text, so the document never carries a broken link.
 */
final class CitationLinker {

    private static final int NAME_WINDOW = 300;

    /** A run of the line: a link when {@code href} is set. */
    record Segment(String text, String href) {
    }

    private final Map<String, String> ownEids;
    private final String ownLawId;
    private final LawTitles titles;

    /**
     * @param ownEids the eId of each canonical provision number of this law
     */
    CitationLinker(String ownLawId, Map<String, String> ownEids, LawTitles titles) {
        this.ownLawId = ownLawId;
        this.ownEids = ownEids;
        this.titles = titles;
    }

    List<Segment> segments(String line) {
        List<Segment> out = new ArrayList<>();
        ThaiCitations.Found found = ThaiCitations.find(line);
        int cursor = 0;
        for (ThaiCitations.Reference reference : found.references()) {
            if (reference.start() < cursor) {
                continue;
            }
            int nameAt = CitedInstruments.otherInstrumentAt(line, reference.end());
            Optional<Eli> other = nameAt < 0 ? Optional.empty()
                    : titles.named(line.substring(nameAt, Math.min(line.length(), nameAt + NAME_WINDOW)));
            if (nameAt >= 0 && other.isEmpty()) {
                continue;
            }
            boolean clause = CitedInstruments.isClauseReference(line, reference.start());
            List<int[]> spans = numberSpans(found.text(), reference);
            for (int i = 0; i < reference.numbers().size(); i++) {
                String href = target(reference.numbers().get(i), clause, other);
                if (href == null || spans.get(i) == null) {
                    continue;
                }
                int start = i == 0 ? reference.start() : spans.get(i)[0];
                plain(out, line, cursor, start);
                out.add(new Segment(line.substring(start, spans.get(i)[1]), href));
                cursor = spans.get(i)[1];
            }
        }
        plain(out, line, cursor, line.length());
        return out;
    }

    /** A ข้อ reference links only to a ข้อ and a มาตรา one only to a มาตรา: an act's "ข้อ ๕" is not its section 5. */
    private String target(String number, boolean clause, Optional<Eli> other) {
        if (other.isPresent() && !other.get().lawId().equals(ownLawId)) {
            return other.get().encodedSectionPath(number);
        }
        String eId = ownEids.get(number);
        return eId == null || eId.startsWith(AknEids.CLAUSE_PREFIX) != clause ? null : "#" + eId;
    }

    /**
     * Where each number of a reference stands in it: the parts of a canonical number ("77", "1" of 77/1; "4",
     * "ทวิ" of 4 ทวิ) are found one after the other, digits only where no digit touches them.
     */
    private static List<int[]> numberSpans(String arabic, ThaiCitations.Reference reference) {
        List<int[]> spans = new ArrayList<>();
        int cursor = reference.start();
        for (String number : reference.numbers()) {
            int first = -1;
            int end = -1;
            for (String part : number.split("[/ ]")) {
                Matcher m = Pattern.compile((Character.isDigit(part.charAt(0)) ? "(?<!\\d)" : "")
                        + Pattern.quote(part) + (Character.isDigit(part.charAt(part.length() - 1)) ? "(?!\\d)" : ""))
                        .matcher(arabic).region(cursor, reference.end());
                if (!m.find()) {
                    first = -1;
                    break;
                }
                first = first < 0 ? m.start() : first;
                end = m.end();
                cursor = end;
            }
            spans.add(first < 0 ? null : new int[] {first, end});
        }
        return spans;
    }

    private static void plain(List<Segment> out, String line, int from, int to) {
        if (to > from) {
            out.add(new Segment(line.substring(from, to), null));
        }
    }
}
