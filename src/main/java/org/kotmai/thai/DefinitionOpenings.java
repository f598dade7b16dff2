package org.kotmai.thai;

import java.util.ArrayList;
import java.util.List;

/**
 * The way a Thai code defines an institution: the section opens "อันว่า<term>นั้น คือ…" (อันว่าขายฝากนั้น
 * คือสัญญาซื้อขาย…), and the sections after it regulate that institution using its name. Someone typing the name
 * alone wants that defining section first, not the one that repeats the name most.
 *
 * <p>Definition lists of acts ("<term> หมายความว่า …") are not covered: a list defines many words at once, and a
 * search for one of them usually wants the rules about it, which the list would push down.
 */
public final class DefinitionOpenings {

    /** The word before the defined term, as the analyzer emits it. */
    static final String BEFORE = "อันว่า";
    /** The word closing the defined term, as the analyzer emits it. */
    static final String AFTER = "นั้น";

    private DefinitionOpenings() {
    }

    /**
     * The analysed words of the opening that would define a term.
     *
     * @param termTokens the term's words as {@link ThaiAnalyzer#tokens} gives them
     * @return the words to look for in this order, next to each other
     */
    public static List<String> of(List<String> termTokens) {
        List<String> words = new ArrayList<>(termTokens.size() + 2);
        words.add(BEFORE);
        words.addAll(termTokens);
        words.add(AFTER);
        return List.copyOf(words);
    }
}
