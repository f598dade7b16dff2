package org.kotmai.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateLoader;
import org.kotmai.web.BadRequestException;

import tools.jackson.databind.json.JsonMapper;

class AnswerChangesTest {

    private static final Template FEE_REVIEW = new TemplateLoader()
            .loadFolder(Path.of("src/test/resources/review/mixed")).byId("fee_review").orElseThrow();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void onlyAnswersThatDifferAreChangesWithOldAndNewJson() {
        String question = FEE_REVIEW.questions().findFirst().orElseThrow().id();
        Map<String, Object> current = Map.of(question, "เดิม");

        AnswerChanges same = AnswerChanges.apply(FEE_REVIEW, current, Map.of(question, "เดิม"), json);
        AnswerChanges changed = AnswerChanges.apply(FEE_REVIEW, current, Map.of(question, "ใหม่"), json);

        assertThat(same.changes()).isEmpty();
        assertThat(changed.changes()).containsExactly(new AnswerChanges.Change(question, "\"เดิม\"", "\"ใหม่\""));
        assertThat(changed.merged()).containsEntry(question, "ใหม่");
    }

    @Test
    void nullClearsTheAnswer() {
        String question = FEE_REVIEW.questions().findFirst().orElseThrow().id();
        Map<String, Object> edits = new HashMap<>();
        edits.put(question, null);

        AnswerChanges cleared = AnswerChanges.apply(FEE_REVIEW, Map.of(question, List.of(1, 2)), edits, json);

        assertThat(cleared.merged()).doesNotContainKey(question);
        assertThat(cleared.changes()).containsExactly(new AnswerChanges.Change(question, "[1,2]", null));
    }

    @Test
    void unknownQuestionIsRefusedNamingIt() {
        assertThatThrownBy(() -> AnswerChanges.apply(FEE_REVIEW, Map.of(), Map.of("no_such", 1), json))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("answers.no_such")
                .hasMessageContaining("fee_review");
    }
}
