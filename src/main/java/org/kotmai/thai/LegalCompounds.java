package org.kotmai.thai;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Legal compounds (data file {@value #RESOURCE}) re-assembled from the pieces the word segmenter cuts
 * them into. Read once at start-up: the list shapes index tokens, so it changes only with a release
 * and a re-index.
 */
final class LegalCompounds {

    static final String RESOURCE = "thai/legal-compounds.txt";

    private final Set<String> words;
    /** Every leading part of every word, so that a run of pieces is extended only while it can still match. */
    private final Set<String> prefixes;

    private LegalCompounds(Set<String> words) {
        this.words = Set.copyOf(words);
        Set<String> heads = new HashSet<>();
        for (String word : words) {
            for (int end = 1; end <= word.length(); end++) {
                heads.add(word.substring(0, end));
            }
        }
        this.prefixes = Set.copyOf(heads);
    }

    static LegalCompounds fromClasspath() {
        return parse(ThaiResources.text(RESOURCE));
    }

    static LegalCompounds parse(String content) {
        Set<String> words = new HashSet<>();
        content.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(words::add);
        return new LegalCompounds(words);
    }

    /**
     * Copies {@code pieces} to {@code out}, putting each listed compound that a run of consecutive pieces
     * spells in front of that run. The pieces stay, so a query for one piece still finds the document and
     * phrase positions agree between documents and queries, which both pass through here.
     */
    void addWithCompounds(List<String> pieces, List<String> out) {
        int i = 0;
        while (i < pieces.size()) {
            int matched = longestCompoundAt(pieces, i);
            if (matched > 1) {
                out.add(String.join("", pieces.subList(i, i + matched)));
                out.addAll(pieces.subList(i, i + matched));
                i += matched;
            } else {
                out.add(pieces.get(i));
                i++;
            }
        }
    }

    private int longestCompoundAt(List<String> pieces, int start) {
        // Most pieces begin no compound; asking with the piece itself spares building a string for each.
        if (!prefixes.contains(pieces.get(start))) {
            return 0;
        }
        StringBuilder spelled = new StringBuilder(pieces.get(start));
        int longest = 0;
        for (int end = start + 1; end < pieces.size() && prefixes.contains(spelled.toString()); end++) {
            spelled.append(pieces.get(end));
            if (words.contains(spelled.toString())) {
                longest = end - start + 1;
            }
        }
        return longest;
    }
}
