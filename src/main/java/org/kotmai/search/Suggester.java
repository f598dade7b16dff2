package org.kotmai.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kotmai.thai.ThaiCitations;
import org.kotmai.web.BadRequestException;
import org.springframework.stereotype.Service;

/**
 * Autocomplete of law titles and citations, from the in-memory table of law names: no Elasticsearch request, so
 * it keeps up with typing. A typed provision number turns the law's suggestions into citations
 * ("ป.พ.พ. ม.42" → "ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 42"); the number is completed as typed, not checked.
 */
@Service
public class Suggester {

    static final int MAX_CHARS = 200;
    static final int DEFAULT_SIZE = 8;
    static final int MAX_SIZE = 20;
    /** A resolved name this good is offered even when the typed text is not the start of a title. */
    private static final double RESOLVED = 55;

    private final LawDirectory directory;

    Suggester(LawDirectory directory) {
        this.directory = directory;
    }

    /**
     * Suggestions for what has been typed so far.
     *
     * @throws BadRequestException naming {@code q} or {@code size} when out of range
     */
    public List<Suggestion> suggest(String typed, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "must be between 1 and " + MAX_SIZE);
        }
        String q = QueryText.clean(typed, MAX_CHARS);
        ThaiCitations.Found found = ThaiCitations.find(q);
        String mention = found.remainder();
        Integer year = found.years().isEmpty() ? null : found.years().get(0).yearBe();
        LawNames names = directory.names();
        Map<String, LawEntry> laws = new LinkedHashMap<>();
        names.startingWith(mention, size).forEach(l -> laws.putIfAbsent(l.id(), l));
        for (LawNames.Candidate c : names.resolve(mention, year, size)) {
            if (c.score() >= RESOLVED) {
                laws.putIfAbsent(c.law().id(), c.law());
            }
        }
        List<String> numbers = found.references().isEmpty() ? List.of() : found.references().get(0).numbers();
        List<Suggestion> out = new ArrayList<>();
        for (LawEntry law : laws.values()) {
            if (out.size() >= size) {
                break;
            }
            if (numbers.isEmpty()) {
                out.add(new Suggestion(law.title(), "LAW", law.id(), ""));
            } else {
                String word = law.type() != null && law.type().numbersByClause() ? "ข้อ" : "มาตรา";
                numbers.forEach(n -> out.add(new Suggestion(law.title() + " " + word + " " + n, "CITATION", law.id(),
                        n)));
            }
        }
        return List.copyOf(out.size() > size ? out.subList(0, size) : out);
    }
}
