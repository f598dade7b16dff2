package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.kotmai.thai.ThaiAbbreviations;
import org.kotmai.thai.ThaiAnalyzer;

class LawNamesTest {

    private static final ThaiAnalyzer ANALYZER = ThaiAnalyzer.createDefault();
    private static final LawEntry CIVIL = law("code-civil", InstrumentType.CODE, "ประมวลกฎหมายแพ่งและพาณิชย์", null);
    private static final LawEntry BEES = law("act-2570-bees", InstrumentType.ACT, "พระราชบัญญัติการเลี้ยงผึ้ง พ.ศ. ๒๕๗๐", 2570);
    private static final LawEntry BEES_OLD = law("act-2500-bees", InstrumentType.ACT,
            "พระราชบัญญัติการเลี้ยงผึ้ง พ.ศ. ๒๕๐๐", 2500);
    private static final LawEntry HIVES = law("act-2571-hives", InstrumentType.ACT,
            "พระราชบัญญัติป้องกันโรครังผึ้งและแมลงพาหะ พ.ศ. ๒๕๗๑", 2571);
    private static final LawEntry HIVE_DECREE = law("decree-2572-hives", InstrumentType.ROYAL_DECREE,
            "พระราชกฤษฎีกากำหนดเขตรังผึ้ง พ.ศ. ๒๕๗๒", 2572);

    private final LawNames names = LawNames.build(List.of(CIVIL, BEES, BEES_OLD, HIVES, HIVE_DECREE),
            List.of(new ThaiAbbreviations.Entry(ThaiAbbreviations.Kind.ABBREVIATION, List.of("พ.ร.บ.", "พรบ"),
                            "พระราชบัญญัติ"),
                    new ThaiAbbreviations.Entry(ThaiAbbreviations.Kind.ABBREVIATION, List.of("ป.พ.พ.", "ปพพ"),
                            "ประมวลกฎหมายแพ่งและพาณิชย์"),
                    new ThaiAbbreviations.Entry(ThaiAbbreviations.Kind.ALIAS, List.of("กฎหมายผึ้ง"),
                            "พระราชบัญญัติป้องกันโรครังผึ้งและแมลงพาหะ"),
                    new ThaiAbbreviations.Entry(ThaiAbbreviations.Kind.ALIAS, List.of("beekeeping act"),
                            "พระราชบัญญัติการเลี้ยงผึ้ง"),
                    new ThaiAbbreviations.Entry(ThaiAbbreviations.Kind.SYNONYM, List.of("ผึ้งน้อย"),
                            "พระราชบัญญัติการเลี้ยงผึ้ง")),
            ANALYZER);

    private static LawEntry law(String id, InstrumentType type, String title, Integer year) {
        return sized(id, type, title, year, null);
    }

    private static LawEntry sized(String id, InstrumentType type, String title, Integer year, Integer provisions) {
        return new LawEntry(id, id, title, type, LawStatus.IN_FORCE, year, List.of(), null, provisions);
    }

    private LawEntry top(String mention, Integer year) {
        List<LawNames.Candidate> candidates = names.resolve(mention, year, 3);
        return candidates.isEmpty() ? null : candidates.get(0).law();
    }

    @Test
    void resolvesAbbreviatedCodeAloneOrBeforeOtherWords() {
        assertThat(top("ป.พ.พ.", null)).isEqualTo(CIVIL);
        assertThat(top("ปพพ   ทายาท", null)).isEqualTo(CIVIL);
        assertThat(names.resolve("ปพพ", null, 1).get(0).score()).isGreaterThanOrEqualTo(QueryUnderstanding.NAMED);
    }

    @Test
    void resolvesTitleWithAbbreviatedInstrumentWordAndPicksTheYear() {
        assertThat(top("พ.ร.บ.การเลี้ยงผึ้ง", 2500)).isEqualTo(BEES_OLD);
        assertThat(top("พรบ การเลี้ยงผึ้ง", 2570)).isEqualTo(BEES);
    }

    @Test
    void resolvesPartOfATitleAfterAnInstrumentWord() {
        assertThat(top("พ.ร.บ.โรครังผึ้ง", null)).isEqualTo(HIVES);
        assertThat(top("พระราชกฤษฎีกา เขตรังผึ้ง", null)).isEqualTo(HIVE_DECREE);
    }

    @Test
    void resolvesDictionaryNamesButNotSynonyms() {
        assertThat(top("กฎหมายผึ้ง", null)).isEqualTo(HIVES);
        assertThat(names.resolve("ผึ้งน้อย", null, 3)).isEmpty();
    }

    @Test
    void resolvesEnglishNamesFromTheDictionaryInsideAnEnglishCitation() {
        assertThat(top("of the Beekeeping Act", 2570)).isEqualTo(BEES);
        assertThat(names.isNameOf(BEES, "beekeeping")).isTrue();
        assertThat(names.isNameOf(BEES, "honey")).isFalse();
    }

    @Test
    void doesNotTakeAnEverydaySentenceForALawName() {
        assertThat(names.resolve("เลี้ยงผึ้งในบ้านต้องขออนุญาตไหม", null, 3))
                .allSatisfy(c -> assertThat(c.score()).isLessThan(QueryUnderstanding.NAMED));
    }

    @Test
    void completesTitlesFromTheirStart() {
        assertThat(names.startingWith("พ.ร.บ.การเลี้ยง", 5)).containsExactlyInAnyOrder(BEES, BEES_OLD);
        assertThat(names.startingWith("ประมวล", 5)).containsExactly(CIVIL);
        assertThat(names.startingWith("", 5)).isEmpty();
    }

    @Test
    void titleWithoutYearDropsEraYearAndEdition() {
        assertThat(LawNames.titleWithoutYear("พระราชบัญญัติล้มละลาย พุทธศักราช ๒๔๘๓")).isEqualTo("พระราชบัญญัติล้มละลาย");
        assertThat(LawNames.titleWithoutYear("พระราชบัญญัติทดสอบ (ฉบับที่ ๒) พ.ศ.2534")).isEqualTo("พระราชบัญญัติทดสอบ");
    }

    @Test
    void aNameTypedInPartThatFitsSeveralLawsNamesTheLargestFirst() {
        LawEntry trial = sized("act-2559-trial", InstrumentType.ACT, "พระราชบัญญัติวิธีพิจารณาคดีลักลอบเลี้ยงผึ้ง พ.ศ. ๒๕๕๙",
                2559, 30);
        LawEntry central = sized("act-2551-central", InstrumentType.ACT,
                "พระราชบัญญัติป้องกันและปราบปรามการลักลอบเลี้ยงผึ้ง พ.ศ. ๒๕๕๑", 2551, 60);
        LawNames both = LawNames.build(List.of(trial, central), List.of(new ThaiAbbreviations.Entry(
                ThaiAbbreviations.Kind.ABBREVIATION, List.of("พ.ร.บ.", "พรบ"), "พระราชบัญญัติ")), ANALYZER);

        List<LawNames.Candidate> partial = both.resolve("พรบ.ลักลอบเลี้ยงผึ้ง", null, 3);

        assertThat(partial.get(0).law()).as("the shorter title fits the typed part better").isEqualTo(trial);
        assertThat(LawNames.fitting(partial, QueryUnderstanding.AMBIGUOUS_MARGIN)).containsExactly(central, trial);
    }

    @Test
    void aWholeNameKeepsItsLawFirstWhateverItsSize() {
        LawEntry small = sized("act-2559-small", InstrumentType.ACT, "พระราชบัญญัติการเลี้ยงผึ้ง พ.ศ. ๒๕๕๙", 2559, 5);
        LawEntry large = sized("act-2551-large", InstrumentType.ACT, "พระราชบัญญัติการเลี้ยงผึ้งหลวง พ.ศ. ๒๕๕๑", 2551,
                90);
        LawNames both = LawNames.build(List.of(small, large), List.of(), ANALYZER);

        List<LawNames.Candidate> whole = both.resolve("พระราชบัญญัติการเลี้ยงผึ้ง", null, 3);

        assertThat(LawNames.fitting(whole, QueryUnderstanding.AMBIGUOUS_MARGIN).get(0)).isEqualTo(small);
    }
}
