package org.kotmai.thai;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Thai function and question words (data file {@value #RESOURCE}): words that carry no subject, so that
 * search can leave them out when it picks the telling words of a text.
 */
public final class ThaiFunctionWords {

    static final String RESOURCE = "thai/function-words.txt";

    private final Set<String> words;

    private ThaiFunctionWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static ThaiFunctionWords fromClasspath() {
        return new ThaiFunctionWords(ThaiResources.text(RESOURCE).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet()));
    }

    /** Whether the token (as {@link ThaiAnalyzer#tokens} produces it) is a function word. */
    public boolean contains(String token) {
        return words.contains(token);
    }
}
