package org.kotmai.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.springframework.stereotype.Service;

/** The relations of a law or provision, its impact, and every relation for export. */
@Service
public class RelationQueries {

    private static final int MAX_IMPACT_RELATIONS = 20_000;

    private final RelationStore store;

    RelationQueries(RelationStore store) {
        this.store = store;
    }

    /**
     * Both directions, grouped: the law's own statements (including citations of its own provisions) and other
     * laws' statements about it.
     */
    public LawRelations of(String lawId, String title) {
        List<Relation> outgoing = store.find(term("sourceLawId", lawId), r -> true);
        // Other laws' statements: a law's citations of itself are listed once, as its own.
        List<Relation> incoming = store.find(Query.of(q -> q.bool(b -> b.filter(term("targetLawId", lawId))
                .mustNot(term("sourceLawId", lawId)))), r -> true);
        Map<String, RelationGroup> groups = new LinkedHashMap<>();
        for (RelationKind kind : RelationKind.values()) {
            add(groups, kind.outgoing(), "OUTGOING", outgoing.stream().filter(r -> r.kind() == kind).toList());
        }
        for (RelationKind kind : RelationKind.values()) {
            add(groups, kind.incoming(), "INCOMING", incoming.stream().filter(r -> r.kind() == kind).toList());
        }
        List<RelationGroup> nonEmpty = groups.values().stream().filter(g -> g.count() > 0).toList();
        return new LawRelations(lawId, title, nonEmpty.stream().mapToLong(RelationGroup::count).sum(), nonEmpty);
    }

    /** Citations of one provision, from its own law's other provisions and from other laws. */
    public List<Relation> citing(String lawId, String provision) {
        List<Relation> citing = store.find(Query.of(q -> q.bool(b -> b.filter(term("targetLawId", lawId))
                .filter(term("targetProvisions", provision)).filter(term("kinds", RelationKind.CITES.name())))),
                r -> provision.equals(r.targetProvision()) && r.kind() == RelationKind.CITES
                        && !sameProvision(r, lawId, provision));
        return citing.subList(0, Math.min(citing.size(), LawRelations.MAX_LISTED));
    }

    /** "ตามวรรคหนึ่ง" inside a provision points at the provision itself, which depends on nothing by it. */
    private static boolean sameProvision(Relation r, String lawId, String provision) {
        return lawId.equals(r.sourceLawId()) && provision.equals(r.sourceProvision());
    }

    /**
     * What depends on the law, or on one provision of it: laws issued under it (under that provision, or under the
     * law without naming provisions) and provisions citing it.
     */
    public Impact impact(String lawId, String title, String provision) {
        Query query = Query.of(q -> q.bool(b -> {
            b.filter(term("targetLawId", lawId));
            b.filter(f -> f.terms(t -> t.field("kinds").terms(v -> v.value(List.of(
                    FieldValue.of(RelationKind.CITES.name()), FieldValue.of(RelationKind.ISSUED_UNDER.name()))))));
            if (provision == null) {
                b.mustNot(term("sourceLawId", lawId));
            } else {
                b.filter(f -> f.bool(p -> p.should(term("targetProvisions", provision))
                        .should(term("kinds", RelationKind.ISSUED_UNDER.name()))));
            }
            return b;
        }));
        Predicate<Relation> depends = r -> r.kind() == RelationKind.CITES || r.kind() == RelationKind.ISSUED_UNDER;
        if (provision != null) {
            depends = depends.and(r -> (provision.equals(r.targetProvision())
                    || (r.kind() == RelationKind.ISSUED_UNDER && r.targetProvision() == null))
                    && !sameProvision(r, lawId, provision));
        }
        Map<String, List<Relation>> bySource = new LinkedHashMap<>();
        List<Relation> all = store.find(query, depends);
        all.subList(0, Math.min(all.size(), MAX_IMPACT_RELATIONS))
                .forEach(r -> bySource.computeIfAbsent(r.sourceLawId(), k -> new ArrayList<>()).add(r));
        List<Impact.Dependent> laws = new ArrayList<>();
        bySource.forEach((source, relations) -> {
            LinkedHashSet<String> kinds = new LinkedHashSet<>();
            relations.forEach(r -> kinds.add(r.kind().outgoing()));
            laws.add(new Impact.Dependent(source, relations.get(0).sourceTitle(), List.copyOf(kinds),
                    relations.size(), List.copyOf(relations.subList(0,
                    Math.min(relations.size(), Impact.MAX_LISTED)))));
        });
        laws.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return new Impact(lawId, title, provision, laws.size(), all.size(), laws);
    }

    /**
     * Every relation, in id order, one at a time. Chunks come in id order, a law's together, so only one law's
     * relations are held at a time.
     */
    public void each(Consumer<Relation> consumer) {
        List<Relation> law = new ArrayList<>();
        store.each(Query.of(q -> q.matchAll(m -> m)), chunk -> {
            if (!law.isEmpty() && !law.get(0).sourceLawId().equals(chunk.sourceLawId())) {
                emitInOrder(law, consumer);
            }
            law.addAll(chunk.expanded());
        });
        emitInOrder(law, consumer);
    }

    private static void emitInOrder(List<Relation> relations, Consumer<Relation> consumer) {
        relations.sort(Comparator.comparing(Relation::id));
        relations.forEach(consumer);
        relations.clear();
    }

    private static void add(Map<String, RelationGroup> groups, String name, String direction,
            List<Relation> relations) {
        groups.put(name + "/" + direction, new RelationGroup(name, direction, relations.size(),
                relations.subList(0, Math.min(relations.size(), LawRelations.MAX_LISTED))));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
