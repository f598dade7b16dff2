package org.kotmai.thai;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = ThaiFunctionWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE
                        + " is missing; it ships in src/main/resources/thai");
            }
            return new ThaiFunctionWords(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read classpath resource " + RESOURCE, e);
        }
    }

    /** Whether the token (as {@link ThaiAnalyzer#tokens} produces it) is a function word. */
    public boolean contains(String token) {
        return words.contains(token);
    }
}
