package org.kotmai.web.page.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kotmai.relations.LawRelations;
import org.kotmai.relations.Relation;
import org.kotmai.relations.RelationGroup;
import org.kotmai.relations.RelationKind;

class ReaderRelationsTest {

    private static final String ACT = "act-2567-ไก่ชน";

    @Test
    void eachOtherLawIsListedOnceAndOwnProvisionsOnlyCount() {
        ReaderRelations relations = ReaderRelations.of(new LawRelations(ACT, "พระราชบัญญัติไก่ชน", 4, List.of(
                new RelationGroup("cites", "OUTGOING", 3, List.of(
                        cites(ACT, "5"),
                        cites("act-2535-สาธารณสุข", "12"),
                        cites("act-2535-สาธารณสุข", "13"))),
                new RelationGroup("citedBy", "INCOMING", 1, List.of(cites(ACT, null))))));

        ReaderRelations.Group cites = group(relations, "cites");
        assertThat(cites.count()).isEqualTo(3);
        assertThat(cites.links()).extracting(ReaderRelations.Link::lawId).containsExactly("act-2535-สาธารณสุข");
        assertThat(group(relations, "citedBy").links()).isEmpty();
    }

    @Test
    void theMainKindsAreShownEvenWhenEmptyAndTheOthersOnlyWhenFound() {
        ReaderRelations relations = ReaderRelations.of(new LawRelations(ACT, "พระราชบัญญัติไก่ชน", 1, List.of(
                new RelationGroup("delegates", "INCOMING", 1, List.of(new Relation("reg#1",
                        RelationKind.ISSUED_UNDER, "reg-2568", "กฎกระทรวงแผงลอย พ.ศ. ๒๕๖๘", null, "v1", ACT, "3",
                        null, null, "พระราชบัญญัติไก่ชน", 2567, "ไก่ชน", true, null, "อาศัยอำนาจ"))),
                new RelationGroup("repeals", "OUTGOING", 0, List.of()))));

        assertThat(relations.groups()).extracting(ReaderRelations.Group::name)
                .containsExactly("issuedUnder", "delegates", "cites", "citedBy", "amendedBy");
        assertThat(group(relations, "delegates").links()).singleElement()
                .isEqualTo(new ReaderRelations.Link("reg-2568", "กฎกระทรวงแผงลอย พ.ศ. ๒๕๖๘", null));
    }

    @Test
    void aCitedLawNotInTheCatalogKeepsItsTitleAndYear() {
        Relation unresolved = new Relation(ACT + "#2", RelationKind.CITES, ACT, "พระราชบัญญัติไก่ชน", "7", "v1",
                null, null, null, null, "พระราชบัญญัติโรคระบาดสัตว์", 2558, "โรคระบาดสัตว์", false, null, "ตาม");
        ReaderRelations relations = ReaderRelations.of(new LawRelations(ACT, "พระราชบัญญัติไก่ชน", 1,
                List.of(new RelationGroup("cites", "OUTGOING", 1, List.of(unresolved)))));

        assertThat(group(relations, "cites").links()).singleElement()
                .isEqualTo(new ReaderRelations.Link(null, "พระราชบัญญัติโรคระบาดสัตว์", 2558));
    }

    private static Relation cites(String target, String provision) {
        return new Relation(ACT + "#" + provision, RelationKind.CITES, ACT, "พระราชบัญญัติไก่ชน", "7", "v1", target,
                provision, null, null, "ชื่อ", null, "ชื่อ", true, null, "ตามมาตรา");
    }

    private static ReaderRelations.Group group(ReaderRelations relations, String name) {
        return relations.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }
}
