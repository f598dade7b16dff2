package org.kotmai.thai;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Thai function and question words (data file {@value #RESOURCE}): words that carry no subject, so that
 * search can leave them out when it picks the telling words of a text.
 */
public final class ThaiFunctionWords {

    static final String RESOURCE = "thai/function-words.txt";
    /** The most pieces a listed word is looked for in: the segmenter cuts none of them into more. */
    private static final int MAX_PIECES = 3;

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

    /**
     * The tokens without function words, also where the segmenter cut one into pieces: อย่างไร is one token alone
     * but อย่าง|ไร after ผล, and อย่าง on its own is a subject word.
     */
    public List<String> without(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int pieces = piecesOfListedWordAt(tokens, i);
            if (pieces == 0) {
                out.add(tokens.get(i));
                i++;
            } else {
                i += pieces;
            }
        }
        return out;
    }

    private int piecesOfListedWordAt(List<String> tokens, int start) {
        StringBuilder spelled = new StringBuilder();
        int longest = 0;
        for (int end = start; end < tokens.size() && end - start < MAX_PIECES; end++) {
            spelled.append(tokens.get(end));
            if (words.contains(spelled.toString())) {
                longest = end - start + 1;
            }
        }
        return longest;
    }
}
