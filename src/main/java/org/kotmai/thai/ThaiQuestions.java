package org.kotmai.thai;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a Thai question is about. A question ends with its question words ("…ได้หรือเปล่า", "…อายุเท่าไร",
 * "…ภายในกี่วัน"), and the word right before them is the predicate or the thing asked: "เลี้ยงผึ้งโดยไม่ขออนุญาต
 * ได้ไหม" asks about the permit, "ผู้ขออนุญาตต้องอายุเท่าไร" about age.
 */
public final class ThaiQuestions {

    /** Words that make a sentence a question, as the analyzer emits them. */
    private static final Set<String> QUESTION_WORDS = Set.of("ไหม", "มั้ย", "หรือไม่", "หรือเปล่า", "เปล่า", "อะไร",
            "อย่างไร", "ยังไง", "ไร", "ใคร", "ไหน", "เท่าไร", "เท่าไหร่", "เท่าใด", "กี่", "บ้าง");
    private static final String OR = "หรือ";
    private static final String NOT = "ไม่";
    private static final String HOW_MANY = "กี่";

    private ThaiQuestions() {
    }

    /**
     * The last telling word before the question words that end the query's tokens ({@link ThaiAnalyzer#tokens}),
     * if the query is a question: function words and the unit after กี่ ("กี่วัน") between them are passed over.
     */
    public static Optional<String> focus(List<String> tokens, ThaiFunctionWords functionWords) {
        int end = tokens.size();
        boolean asks = false;
        while (end > 0) {
            String token = tokens.get(end - 1);
            String before = end >= 2 ? tokens.get(end - 2) : "";
            if (QUESTION_WORDS.contains(token) || NOT.equals(token) && OR.equals(before)) {
                asks = true;
            } else if (!functionWords.contains(token) && !HOW_MANY.equals(before)) {
                break;
            }
            end--;
        }
        return asks && end > 0 ? Optional.of(tokens.get(end - 1)) : Optional.empty();
    }
}
