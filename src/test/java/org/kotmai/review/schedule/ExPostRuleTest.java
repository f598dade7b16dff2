package org.kotmai.review.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

class ExPostRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private final ExPostRule rule = new ExPostRule(new ExPostProperties(5, ZoneId.of("Asia/Bangkok"),
            List.of(InstrumentType.CONSTITUTION), "th_ex_post_evaluation"));

    @Test
    void dueFiveYearsAfterEntryIntoForcePreferringTheCataloguedDate() {
        ScheduleEntry entry = rule.entry(law("พระราชบัญญัติเรือทดลอง พ.ศ. ๒๕๖๕", LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 5, 20), 2565), null, TODAY);

        assertThat(entry.status()).isEqualTo(ScheduleStatus.DUE);
        assertThat(entry.basis()).isEqualTo(DateBasis.EFFECTIVE_DATE);
        assertThat(entry.dueDate()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(entry.daysOverdue()).isZero();
    }

    @Test
    void withoutEffectiveDateTheGazetteDateThenTheYearCount() {
        ScheduleEntry gazette = rule.entry(law("พระราชบัญญัติโรงสีทดลอง พ.ศ. ๒๕๕๐", null, LocalDate.of(2007, 3, 2),
                2550), null, TODAY);
        ScheduleEntry year = rule.entry(law("พระราชบัญญัติโรงสีทดลอง พ.ศ. ๒๕๖๗", null, null, 2567), null, TODAY);

        assertThat(gazette.status()).isEqualTo(ScheduleStatus.OVERDUE);
        assertThat(gazette.basis()).isEqualTo(DateBasis.GAZETTE_DATE);
        assertThat(gazette.dueDate()).isEqualTo(LocalDate.of(2012, 3, 2));
        assertThat(gazette.daysOverdue()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(
                LocalDate.of(2012, 3, 2), TODAY));
        assertThat(year.basis()).isEqualTo(DateBasis.BE_YEAR);
        assertThat(year.countedFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.dueDate()).isEqualTo(LocalDate.of(2029, 1, 1));
    }

    @Test
    void aPublishedEvaluationRestartsTheClockWithItsOwnInterval() {
        LawFacts old = law("พระราชบัญญัติโรงสีทดลอง พ.ศ. ๒๕๕๐", null, LocalDate.of(2007, 3, 2), 2550);

        ScheduleEntry entry = rule.entry(old, new LastEvaluation("r1", LocalDate.of(2025, 1, 10), 3, false), TODAY);

        assertThat(entry.status()).isEqualTo(ScheduleStatus.DUE);
        assertThat(entry.basis()).isEqualTo(DateBasis.LAST_EVALUATION);
        assertThat(entry.dueDate()).isEqualTo(LocalDate.of(2028, 1, 10));
        assertThat(entry.lastEvaluationId()).isEqualTo("r1");
    }

    @Test
    void budgetBorrowingCourtAndCodeIntroducingActsArePresumedExempt() {
        for (String title : List.of("พระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
                "พระราชกำหนดให้อำนาจกระทรวงการคลังกู้เงินทดลอง พ.ศ. ๒๕๖๓",
                "พระราชบัญญัติจัดตั้งศาลปกครองทดลอง พ.ศ. ๒๕๕๕",
                "พระราชบัญญัติให้ใช้ประมวลกฎหมายทดลอง พ.ศ. ๒๕๔๐")) {
            ScheduleEntry entry = rule.entry(law(title, null, null, 2560), null, TODAY);
            assertThat(entry.status()).as(title).isEqualTo(ScheduleStatus.EXEMPT);
            assertThat(entry.reason()).as(title).contains("s.29");
            assertThat(entry.dueDate()).isNull();
        }
    }

    @Test
    void lawsThatKeepApplyingAreNotTakenForExemptOnes() {
        for (String title : List.of("พระราชบัญญัติวิธีการงบประมาณ พ.ศ. ๒๕๖๑",
                "พระราชบัญญัติจัดตั้งศาลปกครองและวิธีพิจารณาคดีปกครอง พ.ศ. ๒๕๔๒",
                "พระราชบัญญัติว่าด้วยการเวนคืนและการได้มาซึ่งอสังหาริมทรัพย์ พ.ศ. ๒๕๖๒")) {
            assertThat(rule.entry(law(title, null, null, 2560), null, TODAY).status()).as(title)
                    .isIn(ScheduleStatus.DUE, ScheduleStatus.OVERDUE);
        }
    }

    @Test
    void anEvaluationFindingTheLawOngoingOverridesTheTitleAndOneFindingItExemptRemovesIt() {
        LawFacts court = law("พระราชบัญญัติจัดตั้งศาลปกครองทดลอง พ.ศ. ๒๕๕๕", null, null, 2555);

        assertThat(rule.entry(court, new LastEvaluation("r1", LocalDate.of(2024, 5, 1), 5, false), TODAY).status())
                .isEqualTo(ScheduleStatus.DUE);
        ScheduleEntry exempt = rule.entry(law("พระราชบัญญัติเรือทดลอง พ.ศ. ๒๕๖๕", null, null, 2565),
                new LastEvaluation("r2", LocalDate.of(2024, 5, 1), 5, true), TODAY);
        assertThat(exempt.status()).isEqualTo(ScheduleStatus.EXEMPT);
        assertThat(exempt.reason()).contains("r2");
    }

    @Test
    void constitutionRepealedAndUndatedLawsHaveNoDueDate() {
        LawFacts constitution = new LawFacts("constitution-2560", "รัฐธรรมนูญแห่งราชอาณาจักรไทย",
                InstrumentType.CONSTITUTION, LawStatus.IN_FORCE, null, 2560, null, null);
        LawFacts repealed = new LawFacts("act-2500-เก่า", "พระราชบัญญัติเก่าทดลอง", InstrumentType.ACT,
                LawStatus.REPEALED, null, 2500, null, null);
        LawFacts undated = new LawFacts("act-x", "พระราชบัญญัติไม่มีปี", InstrumentType.ACT, LawStatus.IN_FORCE,
                null, null, null, null);
        LawFacts awaiting = new LawFacts("act-2569-ใหม่", "พระราชบัญญัติใหม่ทดลอง", InstrumentType.ACT,
                LawStatus.AWAITING_COMMENCEMENT, null, 2569, null, null);

        assertThat(rule.entry(constitution, null, TODAY).status()).isEqualTo(ScheduleStatus.EXEMPT);
        assertThat(rule.entry(repealed, null, TODAY).status()).isEqualTo(ScheduleStatus.NOT_IN_FORCE);
        assertThat(rule.entry(undated, null, TODAY).status()).isEqualTo(ScheduleStatus.UNKNOWN);
        assertThat(rule.entry(undated, null, TODAY).reason()).contains("effectiveDate");
        assertThat(rule.entry(awaiting, null, TODAY).status()).isEqualTo(ScheduleStatus.NOT_IN_FORCE);
    }

    private static LawFacts law(String title, LocalDate effective, LocalDate gazette, int yearBe) {
        return new LawFacts("act-" + yearBe, title, InstrumentType.ACT, LawStatus.IN_FORCE, "กรมทดลอง", yearBe,
                effective, gazette);
    }
}
