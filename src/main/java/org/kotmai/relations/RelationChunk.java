package org.kotmai.relations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One document of the {@code relations} index: relations one law states about one other law (or about no
 * catalogued law), at most {@value #SIZE} of them. Tens of thousands of one-relation documents cost the node more
 * to index than the relations themselves; grouped by source and target, a law's incoming relations are still found
 * by one term, and only what the queries filter on is indexed: the rest rides in {@code _source}.
 *
 * @param id               {@code <sourceLawId>#<target>.<part>}, the target a hash of its law id or "-" for none;
 *                         a law's chunks sort together and in the same place as its relations' ids, since every
 *                         character of a law id sorts after '#'
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
    private static final String UNRESOLVED = "-";

    /** A relation without what its chunk says once for all of them. */
    record Entry(String id, RelationKind kind, String sourceProvision, String targetProvision,
            Integer targetParagraph, String targetItem, String targetTitle, Integer targetYearBe, String targetKey,
            LocalDate date, String evidence) {
    }

    /**
     * The chunks holding every relation of one law. A chunk's id names its target by a hash rather than by its
     * place among the law's targets, so that relations to one law resolved later change only the chunks they
     * leave and join.
     */
    static List<RelationChunk> of(String sourceLawId, List<Relation> relations) {
        Map<String, List<Relation>> byTarget = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (Relation r : relations) {
            if (!r.sourceLawId().equals(sourceLawId)) {
                throw new IllegalArgumentException("relation " + r.id() + " is stated by " + r.sourceLawId()
                        + ", not by " + sourceLawId);
            }
            byTarget.computeIfAbsent(r.resolved() ? r.targetLawId() : null, t -> new ArrayList<>()).add(r);
        }
        List<RelationChunk> chunks = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (Map.Entry<String, List<Relation>> toOneTarget : byTarget.entrySet()) {
            String group = toOneTarget.getKey() == null ? UNRESOLVED : hash(toOneTarget.getKey());
            // Two targets of one law with the same hash: the second is told apart by its place.
            group = groups.add(group) ? group : group + "~" + groups.size();
            groups.add(group);
            List<Relation> sorted = new ArrayList<>(toOneTarget.getValue());
            sorted.sort(BY_ID);
            for (int from = 0, part = 0; from < sorted.size(); from += SIZE, part++) {
                chunks.add(chunk(sourceLawId + "#" + group + "." + part,
                        sorted.subList(from, Math.min(sorted.size(), from + SIZE))));
            }
        }
        return chunks;
    }

    /** 64 bits of the target's SHA-256: a law id can be too long to go into a document id twice. */
    private static String hash(String lawId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(lawId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
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
