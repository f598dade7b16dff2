package org.kotmai.review.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.kotmai.review.template.Question;
import org.kotmai.review.template.QuestionType;
import org.kotmai.review.template.Template;

/**
 * What the inventory already says about an item, as first answers to its review, so reviewers do not type it
 * again. The question ids are those of the guillotine template; another template gets the answers whose
 * question it has with a fitting type.
 */
final class InventoryAnswers {

    static final String REGULATION = "regulation";
    static final String FORMALITY = "formality";
    static final String AGENCY = "responsible_agency";
    private static final Set<QuestionType> TEXT = Set.of(QuestionType.TEXT, QuestionType.LONG_TEXT);

    private InventoryAnswers() {
    }

    static Map<String, Object> of(Template template, InventoryItem item) {
        Map<String, Object> answers = new LinkedHashMap<>();
        if (has(template, REGULATION, Set.of(QuestionType.LAW_REFERENCE))) {
            answers.put(REGULATION, item.lawId());
        }
        if (has(template, FORMALITY, TEXT)) {
            answers.put(FORMALITY, item.name());
        }
        if (has(template, AGENCY, TEXT) && !CampaignService.NO_AGENCY.equals(item.agency())) {
            answers.put(AGENCY, item.agency());
        }
        return answers;
    }

    private static boolean has(Template template, String questionId, Set<QuestionType> types) {
        return template.question(questionId).map(Question::type).filter(types::contains).isPresent();
    }
}
