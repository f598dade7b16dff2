package org.kotmai.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kotmai.thai.ThaiAnalyzer;
import org.kotmai.thai.ThaiCitations;
import org.kotmai.thai.ThaiFunctionWords;
import org.kotmai.thai.ThaiQuantities;
import org.kotmai.thai.ThaiQuestions;
import org.springframework.stereotype.Component;

/**
 * Reads a query: the provisions it cites, the law it names, and the words left to search with. A short query is
 * read as a whole (its text without numbers and years is the law's name); in a long pasted text each citation
 * is resolved from the words right after or before it ("มาตรา ๒๖ แห่งพระราชบัญญัติ…"), and the words to search
 * with are its most telling ones.
 */
@Component
class QueryUnderstanding {

    /** A query up to this long is read as a whole: a citation, a name, a question. */
    static final int SHORT_QUERY = 300;
    private static final int WINDOW_AFTER = 120;
    private static final int WINDOW_BEFORE = 60;
    private static final int MAX_CITATIONS = 20;
    /** References beyond these in a pasted text are not resolved: enough evidence has been read by then. */
    private static final int MAX_REFERENCES_READ = 200;
    /** A law name matched this well stands on its own (see {@link LawNames.Candidate}). */
    static final double NAMED = 75;
    /** Together with a provision number, a weaker match is enough. */
    static final double CITED = 55;
    /** Laws whose names fit within this many points of the best are all taken. */
    static final double AMBIGUOUS_MARGIN = 5;
    private static final int MAX_AMBIGUOUS = 3;
    /** Longest query, in words, still read as the name of a legal institution a code may define. */
    private static final int MAX_TERM_WORDS = 4;

    private final ThaiAnalyzer analyzer;
    private final LawDirectory directory;
    private final SearchProperties properties;
    private final ThaiFunctionWords functionWords = ThaiFunctionWords.fromClasspath();

    QueryUnderstanding(ThaiAnalyzer analyzer, LawDirectory directory, SearchProperties properties) {
        this.analyzer = analyzer;
        this.directory = directory;
        this.properties = properties;
    }

    Understanding understand(String query) {
        ThaiCitations.Found found = ThaiCitations.find(query);
        LawNames names = directory.names();
        Integer year = found.years().stream().filter(ThaiCitations.Year::marked).findFirst()
                .or(() -> found.years().stream().findFirst()).map(ThaiCitations.Year::yearBe).orElse(null);
        if (query.length() <= SHORT_QUERY && found.references().size() <= 1) {
            return whole(found, names, year);
        }
        return pasted(found, names, year);
    }

    private Understanding whole(ThaiCitations.Found found, LawNames names, Integer year) {
        String mention = found.remainder();
        List<LawNames.Candidate> candidates = names.resolve(mention, year, MAX_AMBIGUOUS);
        LawNames.Candidate top = candidates.isEmpty() ? null : candidates.get(0);
        // A name that fits several laws about equally well (part of two titles) is answered with each.
        List<LawEntry> fitting = LawNames.fitting(candidates, AMBIGUOUS_MARGIN);
        List<Understanding.Citation> citations = new ArrayList<>();
        List<LawEntry> named = new ArrayList<>();
        if (top != null && !found.references().isEmpty() && top.score() >= CITED) {
            for (LawEntry law : fitting) {
                found.references().get(0).numbers().forEach(n -> citations.add(new Understanding.Citation(law, n)));
            }
        } else if (top != null && top.score() >= NAMED) {
            named.addAll(fitting);
        }
        LawEntry law = citations.isEmpty() ? (named.isEmpty() ? null : named.get(0)) : citations.get(0).law();
        List<String> tokens = analyzer.tokens(mention);
        Set<String> nameWords = law == null ? Set.of() : Set.copyOf(analyzer.tokens(law.title()));
        List<String> typed = tokens.stream()
                .filter(t -> !nameWords.contains(t) && (law == null || !names.isNameOf(law, t))).toList();
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(typed));
        List<String> telling = terms.stream().filter(t -> !functionWords.contains(t)).toList();
        if (!telling.isEmpty()) {
            terms = new ArrayList<>(telling);
        }
        List<String> expanded = analyzer.queryTokens(mention);
        List<String> expansions = new ArrayList<>();
        if (law == null) {
            for (String t : new LinkedHashSet<>(expanded.subList(tokens.size(), expanded.size()))) {
                if (!terms.contains(t)) {
                    expansions.add(t);
                }
            }
        }
        Set<String> everyday = law == null ? Set.copyOf(analyzer.everydayWords(mention)) : Set.of();
        List<String> searched = cap(terms);
        String focus = ThaiQuestions.focus(tokens, functionWords).filter(searched::contains).orElse(null);
        return new Understanding(List.copyOf(citations), List.copyOf(named), searched, cap(expansions), year,
                ThaiQuantities.asked(tokens).orElse(null), everyday,
                !typed.isEmpty() && typed.size() <= MAX_TERM_WORDS ? typed : List.of(), focus);
    }

    private Understanding pasted(ThaiCitations.Found found, LawNames names, Integer year) {
        String text = found.text();
        List<ThaiCitations.Reference> refs = found.references();
        Map<String, Understanding.Citation> citations = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(refs.size(), MAX_REFERENCES_READ) && citations.size() < MAX_CITATIONS; i++) {
            ThaiCitations.Reference ref = refs.get(i);
            int afterEnd = Math.min(i + 1 < refs.size() ? refs.get(i + 1).start() : text.length(),
                    ref.end() + WINDOW_AFTER);
            int beforeStart = Math.max(i > 0 ? refs.get(i - 1).end() : 0, ref.start() - WINDOW_BEFORE);
            LawEntry law = lawNear(text.substring(ref.end(), afterEnd), names);
            if (law == null) {
                law = lawNear(text.substring(beforeStart, ref.start()), names);
            }
            if (law != null) {
                for (String number : ref.numbers()) {
                    citations.putIfAbsent(law.id() + "/" + number, new Understanding.Citation(law, number));
                }
            }
        }
        List<String> terms = keyTerms(analyzer.tokens(found.remainder()));
        List<Understanding.Citation> cited = List.copyOf(citations.values());
        return new Understanding(cited.subList(0, Math.min(cited.size(), MAX_CITATIONS)), List.of(), terms, List.of(),
                year, null, Set.of(), List.of(), null);
    }

    /** A law named in full, or by a dictionary name, in a stretch of pasted text. */
    private LawEntry lawNear(String window, LawNames names) {
        ThaiCitations.Found inWindow = ThaiCitations.find(window);
        Integer year = inWindow.years().isEmpty() ? null : inWindow.years().get(0).yearBe();
        List<LawNames.Candidate> candidates = names.resolve(window, year, 1);
        return !candidates.isEmpty() && candidates.get(0).score() >= LawNames.CONTAINED ? candidates.get(0).law()
                : null;
    }

    /**
     * The most telling words of a long text: function words and lone characters left out, the rest ranked by
     * how often they occur and then by length (longer Thai words are rarer), at most
     * {@link SearchProperties#maxQueryTerms()}.
     */
    private List<String> keyTerms(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (String t : tokens) {
            if (t.length() < 2 || functionWords.contains(t) || t.chars().allMatch(Character::isDigit)) {
                continue;
            }
            counts.merge(t, 1, Integer::sum);
            firstSeen.putIfAbsent(t, firstSeen.size());
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((a, b) -> {
            int byCount = Integer.compare(counts.get(b), counts.get(a));
            if (byCount != 0) {
                return byCount;
            }
            int byLength = Integer.compare(b.length(), a.length());
            return byLength != 0 ? byLength : Integer.compare(firstSeen.get(a), firstSeen.get(b));
        });
        return cap(ranked);
    }

    private List<String> cap(List<String> terms) {
        int max = properties.maxQueryTerms();
        return List.copyOf(terms.size() > max ? terms.subList(0, max) : terms);
    }
}
