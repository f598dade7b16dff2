package org.kotmai.review.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kotmai.review.template.Choice;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.Validation;

/**
 * Valid answers to every question of any template, derived from the question types and limits, so that one
 * test can walk each shipped template without hand-written answers that go stale when a template changes.
 */
public final class CompleteAnswers {

    private final String lawId;

    public CompleteAnswers(String lawId) {
        this.lawId = lawId;
    }

    public Map<String, Object> of(Template template) {
        Map<String, Object> answers = new LinkedHashMap<>();
        // an evidence answer must name an uploaded attachment, which a bare review does not have
        template.questions().filter(q -> q.type() != QuestionType.EVIDENCE)
                .forEach(q -> answers.put(q.id(), answer(q)));
        return answers;
    }

    private Object answer(Question q) {
        Validation v = q.validation();
        return switch (q.type()) {
            case TEXT, LONG_TEXT -> text(v);
            case YES_NO -> Boolean.TRUE;
            case NUMBER, MONEY -> number(v);
            case DATE -> "2026-01-15";
            case SINGLE_CHOICE -> q.options().get(0).value();
            case MULTIPLE_CHOICE -> q.options().stream().limit(Math.max(1, v.minItems() == null ? 1 : v.minItems()))
                    .map(Choice::value).toList();
            case LAW_REFERENCE -> lawId;
            case EVIDENCE -> "evidence-1";
            case TABLE -> rows(q);
        };
    }

    private List<Map<String, Object>> rows(Question table) {
        int count = Math.max(1, table.validation().minItems() == null ? 1 : table.validation().minItems());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            table.columns().forEach(column -> row.put(column.id(), answer(column)));
            rows.add(row);
        }
        return rows;
    }

    private static String text(Validation v) {
        int min = v.minLength() == null ? 1 : v.minLength();
        StringBuilder text = new StringBuilder("คำตอบทดสอบ");
        while (text.length() < min) {
            text.append(" คำตอบทดสอบ");
        }
        return text.toString();
    }

    private static BigDecimal number(Validation v) {
        BigDecimal value = v.min() == null ? BigDecimal.ONE : v.min().max(BigDecimal.ONE);
        return v.max() == null ? value : value.min(v.max());
    }
}
