package org.kotmai.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kotmai.review.template.Choice;
import org.kotmai.review.template.LocalizedText;
import org.kotmai.review.template.Question;
import org.kotmai.review.template.QuestionType;

class ReportValuesTest {

    private final ReportValues values = new ReportValues(Map.of("act-2568-x", "พระราชบัญญัติเอกซ์ พ.ศ. ๒๕๖๘")::get);

    @Test
    void choicesAreWrittenWithTheirThaiLabels() {
        Question single = question(QuestionType.SINGLE_CHOICE);
        Question multiple = question(QuestionType.MULTIPLE_CHOICE);

        assertThat(values.answer(single, "repeal")).isEqualTo("ยกเลิก");
        assertThat(values.answer(multiple, List.of("repeal", "keep"))).isEqualTo("ยกเลิก, คงไว้");
        assertThat(values.answer(single, "unknown")).as("a code no option has stays visible").isEqualTo("unknown");
    }

    @Test
    void numbersAreGroupedAndMoneyHasBahtWithTwoDecimals() {
        assertThat(values.answer(question(QuestionType.NUMBER), new BigDecimal("1234567.5"))).isEqualTo("1,234,567.5");
        assertThat(values.answer(question(QuestionType.MONEY), 2500)).isEqualTo("2,500.00 บาท");
        assertThat(values.computed(36000.0)).isEqualTo("36,000");
    }

    @Test
    void datesAreThaiWithBuddhistEraYears() {
        assertThat(values.answer(question(QuestionType.DATE), "2026-01-15")).isEqualTo("15 มกราคม พ.ศ. 2569");
        assertThat(values.computed("2031-01-15")).isEqualTo("15 มกราคม พ.ศ. 2574");
    }

    @Test
    void lawReferencesShowTheCatalogTitle() {
        assertThat(values.answer(question(QuestionType.LAW_REFERENCE), "act-2568-x"))
                .isEqualTo("พระราชบัญญัติเอกซ์ พ.ศ. ๒๕๖๘ (act-2568-x)");
        assertThat(values.answer(question(QuestionType.LAW_REFERENCE), "gone")).isEqualTo("gone");
    }

    @Test
    void unansweredIsADashAndYesNoIsBilingual() {
        assertThat(values.answer(question(QuestionType.TEXT), null)).isEqualTo(ReportValues.NONE);
        assertThat(values.answer(question(QuestionType.TEXT), " ")).isEqualTo(ReportValues.NONE);
        assertThat(values.answer(question(QuestionType.MULTIPLE_CHOICE), List.of())).isEqualTo(ReportValues.NONE);
        assertThat(values.answer(question(QuestionType.YES_NO), true)).isEqualTo("ใช่ (yes)");
        assertThat(values.answer(question(QuestionType.YES_NO), false)).isEqualTo("ไม่ใช่ (no)");
    }

    private static Question question(QuestionType type) {
        List<Choice> options = type.hasOptions()
                ? List.of(new Choice("repeal", new LocalizedText("ยกเลิก", "Repeal")),
                        new Choice("keep", new LocalizedText("คงไว้", "Keep")))
                : List.of();
        return new Question("q", type, new LocalizedText("คำถาม", "Question"), null, false, null, null, null,
                options, List.of(), List.of(), 1);
    }
}
