package org.kotmai.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RelationChunkTest {

    private static final String LAW = "act-2560-รังผึ้งชุมชน";
    private static final String CIVIL = "code-แพ่งและพาณิชย์";
    private static final String OLD_ACT = "act-2500-ผึ้ง";

    private static Relation relation(int n, RelationKind kind, String target, String targetProvision) {
        return new Relation(LAW + "#" + n, kind, LAW, "พระราชบัญญัติรังผึ้งชุมชน พ.ศ. ๒๕๖๐", String.valueOf(n % 7 + 1),
                "hash-1", target, targetProvision, n % 3 == 0 ? 2 : null, null, "กฎหมายที่อ้าง " + n,
                target == null ? 2490 : null, "กฎหมายที่อ้าง", target != null, n == 4 ? LocalDate.of(2561, 1, 2) : null,
                "ตามมาตรา " + n);
    }

    private static List<Relation> mixed() {
        return List.of(relation(1, RelationKind.CITES, LAW, "3"), relation(2, RelationKind.CITES, CIVIL, "420"),
                relation(3, RelationKind.REPEALS, OLD_ACT, null), relation(4, RelationKind.CITES, null, "5"),
                relation(10, RelationKind.CITES, LAW, "4"), relation(11, RelationKind.CITES, CIVIL, "421"));
    }

    @Test
    void holdsEachLawsRelationsToOneTargetPerChunkAndGivesThemBackUnchanged() {
        List<RelationChunk> chunks = RelationChunk.of(LAW, mixed());

        assertThat(chunks).hasSize(4).allSatisfy(c -> {
            assertThat(c.id()).startsWith(LAW + "#");
            assertThat(c.expanded()).extracting(Relation::targetLawId).containsOnly(c.targetLawId());
        });
        List<Relation> back = chunks.stream().flatMap(c -> c.expanded().stream())
                .sorted(Comparator.comparing(Relation::id)).toList();
        assertThat(back).containsExactlyElementsOf(mixed().stream().sorted(Comparator.comparing(Relation::id))
                .toList());
    }

    @Test
    void indexesTheKindsAndTargetProvisionsOfItsRelations() {
        RelationChunk civil = RelationChunk.of(LAW, mixed()).stream().filter(c -> CIVIL.equals(c.targetLawId()))
                .findFirst().orElseThrow();

        assertThat(civil.kinds()).containsExactly("CITES");
        assertThat(civil.targetProvisions()).containsExactlyInAnyOrder("420", "421");
        assertThat(civil.resolved()).isTrue();
    }

    @Test
    void splitsRelationsToOneTargetIntoChunksOfAtMostTheChunkSize() {
        List<Relation> many = IntStream.rangeClosed(1, RelationChunk.SIZE + 1)
                .mapToObj(n -> relation(n, RelationKind.CITES, LAW, String.valueOf(n))).toList();

        List<RelationChunk> chunks = RelationChunk.of(LAW, many);

        assertThat(chunks).extracting(c -> c.relations().size()).containsExactly(RelationChunk.SIZE, 1);
        assertThat(chunks).extracting(RelationChunk::id).doesNotHaveDuplicates();
    }

    @Test
    void aCitationResolvedLaterChangesOnlyTheChunksItLeavesAndJoins() {
        Map<String, RelationChunk> before = RelationChunk.of(LAW, mixed()).stream()
                .collect(Collectors.toMap(RelationChunk::id, Function.identity()));
        List<Relation> resolved = new ArrayList<>(mixed());
        resolved.set(3, resolved.get(3).resolvedTo(OLD_ACT));

        List<RelationChunk> after = RelationChunk.of(LAW, resolved);

        assertThat(after).filteredOn(c -> !c.equals(before.get(c.id()))).extracting(RelationChunk::targetLawId)
                .containsExactly(OLD_ACT);
        assertThat(before.values()).filteredOn(c -> !c.resolved()).hasSize(1);
        assertThat(after).noneMatch(c -> !c.resolved());
    }

    @Test
    void refusesARelationStatedByAnotherLaw() {
        Relation other = new Relation("act-2500-ผึ้ง#1", RelationKind.CITES, OLD_ACT, "พระราชบัญญัติผึ้ง", "1", "h",
                null, null, null, null, "x", 2490, "x", false, null, "x");

        assertThatThrownBy(() -> RelationChunk.of(LAW, List.of(other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(OLD_ACT);
    }
}
