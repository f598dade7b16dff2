package org.kotmai.review.template;

import java.util.List;

/** An ordered group of questions answered and validated together, e.g. "necessity check". */
public record Step(String id, LocalizedText title, List<Question> questions, int line) {

    public Step {
        questions = List.copyOf(questions);
    }
}
