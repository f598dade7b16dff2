package org.kotmai.web.page.publicsite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kotmai.relations.LawRelations;
import org.kotmai.relations.Relation;
import org.kotmai.relations.RelationGroup;

/**
 * A law's relations as the reader lists them: for each kind, how many there are and the other laws involved,
 * each once. The law's citations of its own provisions count but are not listed: the reader already shows them.
 *
 * @param total all relations of the law
 */
record ReaderRelations(long total, List<Group> groups) {

    /** Shown always, even when empty, so a reader learns that nothing was found. */
    static final List<String> MAIN = List.of("issuedUnder", "cites", "citedBy", "amendedBy");
    /** Each kind beside its inverse; the other kinds are shown when there are any. */
    private static final List<String> ORDER = List.of("issuedUnder", "delegates", "cites", "citedBy", "amendedBy",
            "amends", "repeals", "repealedBy");
    static final int MAX_LINKS = 50;

    /**
     * @param lawId  the other law's catalog id, or null when it is not catalogued
     * @param yearBe the year as cited, or null when the title carries it
     */
    record Link(String lawId, String title, Integer yearBe) {
    }

    /** @param more how many other laws are involved beyond those listed */
    record Group(String name, long count, List<Link> links, int more) {
    }

    static ReaderRelations of(LawRelations relations) {
        Map<String, List<RelationGroup>> byName = new LinkedHashMap<>();
        ORDER.forEach(name -> byName.put(name, new ArrayList<>()));
        relations.groups().forEach(g -> byName.computeIfAbsent(g.name(), n -> new ArrayList<>()).add(g));
        List<Group> groups = new ArrayList<>();
        byName.forEach((name, parts) -> {
            long count = parts.stream().mapToLong(RelationGroup::count).sum();
            if (count == 0 && !MAIN.contains(name)) {
                return;
            }
            Map<String, Link> links = new LinkedHashMap<>();
            for (RelationGroup part : parts) {
                boolean outgoing = "OUTGOING".equals(part.direction());
                for (Relation r : part.relations()) {
                    if (!r.internal()) {
                        Link link = outgoing ? new Link(r.targetLawId(), r.targetTitle(), r.targetYearBe())
                                : new Link(r.sourceLawId(), r.sourceTitle(), null);
                        links.putIfAbsent(link.lawId() != null ? link.lawId() : link.title() + "|" + link.yearBe(),
                                link);
                    }
                }
            }
            List<Link> listed = new ArrayList<>(links.values());
            groups.add(new Group(name, count, List.copyOf(listed.subList(0, Math.min(MAX_LINKS, listed.size()))),
                    Math.max(0, listed.size() - MAX_LINKS)));
        });
        return new ReaderRelations(relations.total(), groups);
    }
}
