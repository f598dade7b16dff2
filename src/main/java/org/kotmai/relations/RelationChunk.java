package org.kotmai.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One document of the {@code relations} index: relations one law states about one other law (or about no
 * catalogued law), at most {@value #SIZE} of them. Tens of thousands of one-relation documents cost the node more
 * to index than the relations themselves; grouped by source and target, a law's incoming relations are still found
 * by one term, and only what the queries filter on is indexed: the rest rides in {@code _source}.
 *
 * @param id               {@code <sourceLawId>#<group>.<part>}; a law's chunks sort together and in the same
 *                         place as its relations' ids, since every character of a law id sorts after '#'
 * @param targetLawId      the law every relation here points at, or null for relations pointing at no catalogued law
 * @param kinds            the kinds of the relations, for narrowing a search to chunks that may match
 * @param targetProvisions the provisions they point at, for the same purpose
 * @param relations        in id order
 */
record RelationChunk(String id, String sourceLawId, String sourceTitle, String sourceVersion, String targetLawId,
        boolean resolved, List<String> kinds, List<String> targetProvisions, List<Entry> relations) {

    /** Large enough that few laws need more than one chunk per target, small enough that a provision's lookup stays cheap. */
    static final int SIZE = 250;

    private static final Comparator<Relation> BY_ID = Comparator.comparing(Relation::id);

    /** A relation without what its chunk says once for all of them. */
    record Entry(String id, RelationKind kind, String sourceProvision, String targetProvision,
            Integer targetParagraph, String targetItem, String targetTitle, Integer targetYearBe, String targetKey,
            LocalDate date, String evidence) {
    }

    /** The chunks holding every relation of one law, in a fixed order for the same relations. */
    static List<RelationChunk> of(String sourceLawId, List<Relation> relations) {
        Map<String, List<Relation>> byTarget = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Relation r : relations) {
            if (!r.sourceLawId().equals(sourceLawId)) {
                throw new IllegalArgumentException("relation " + r.id() + " is stated by " + r.sourceLawId()
                        + ", not by " + sourceLawId);
            }
            byTarget.computeIfAbsent(r.resolved() ? r.targetLawId() : null, t -> new ArrayList<>()).add(r);
        }
        List<RelationChunk> chunks = new ArrayList<>();
        int group = 0;
        for (List<Relation> toOneTarget : byTarget.values()) {
            toOneTarget.sort(BY_ID);
            for (int from = 0, part = 0; from < toOneTarget.size(); from += SIZE, part++) {
                chunks.add(chunk(sourceLawId + "#" + group + "." + part,
                        toOneTarget.subList(from, Math.min(toOneTarget.size(), from + SIZE))));
            }
            group++;
        }
        return chunks;
    }

    private static RelationChunk chunk(String id, List<Relation> relations) {
        Relation first = relations.get(0);
        LinkedHashSet<String> kinds = new LinkedHashSet<>();
        LinkedHashSet<String> provisions = new LinkedHashSet<>();
        List<Entry> entries = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            kinds.add(r.kind().name());
            if (r.targetProvision() != null) {
                provisions.add(r.targetProvision());
            }
            entries.add(new Entry(r.id(), r.kind(), r.sourceProvision(), r.targetProvision(), r.targetParagraph(),
                    r.targetItem(), r.targetTitle(), r.targetYearBe(), r.targetKey(), r.date(), r.evidence()));
        }
        return new RelationChunk(id, first.sourceLawId(), first.sourceTitle(), first.sourceVersion(),
                first.resolved() ? first.targetLawId() : null, first.resolved(), List.copyOf(kinds),
                List.copyOf(provisions), entries);
    }

    /** The relations as the API shows them. */
    List<Relation> expanded() {
        List<Relation> out = new ArrayList<>(relations.size());
        for (Entry e : relations) {
            out.add(new Relation(e.id(), e.kind(), sourceLawId, sourceTitle, e.sourceProvision(), sourceVersion,
                    targetLawId, e.targetProvision(), e.targetParagraph(), e.targetItem(), e.targetTitle(),
                    e.targetYearBe(), e.targetKey(), resolved, e.date(), e.evidence()));
        }
        return out;
    }
}
