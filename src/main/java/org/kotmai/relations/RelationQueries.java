package org.kotmai.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
        Map<String, RelationGroup> groups = new LinkedHashMap<>();
        for (RelationKind kind : RelationKind.values()) {
            Query out = outgoing(lawId, kind);
            add(groups, kind.outgoing(), "OUTGOING", store.count(out), store.find(out, LawRelations.MAX_LISTED));
        }
        for (RelationKind kind : RelationKind.values()) {
            Query in = incoming(lawId, kind);
            add(groups, kind.incoming(), "INCOMING", store.count(in), store.find(in, LawRelations.MAX_LISTED));
        }
        List<RelationGroup> nonEmpty = groups.values().stream().filter(g -> g.count() > 0).toList();
        return new LawRelations(lawId, title, nonEmpty.stream().mapToLong(RelationGroup::count).sum(), nonEmpty);
    }

    /** Citations of one provision, from its own law's other provisions and from other laws. */
    public List<Relation> citing(String lawId, String provision) {
        return store.find(Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("targetLawId").value(lawId)))
                .filter(f -> f.term(t -> t.field("targetProvision").value(provision)))
                .filter(f -> f.term(t -> t.field("kind").value(RelationKind.CITES.name())))
                .mustNot(sameProvision(lawId, provision)))), LawRelations.MAX_LISTED);
    }

    /** "ตามวรรคหนึ่ง" inside a provision points at the provision itself, which depends on nothing by it. */
    private static Query sameProvision(String lawId, String provision) {
        return Query.of(q -> q.bool(s -> s.filter(x -> x.term(t -> t.field("sourceLawId").value(lawId)))
                .filter(x -> x.term(t -> t.field("sourceProvision").value(provision)))));
    }

    /**
     * What depends on the law, or on one provision of it: laws issued under it (under that provision, or under the
     * law without naming provisions) and provisions citing it.
     */
    public Impact impact(String lawId, String title, String provision) {
        Query query = Query.of(q -> q.bool(b -> {
            b.filter(f -> f.term(t -> t.field("targetLawId").value(lawId)));
            b.filter(f -> f.terms(t -> t.field("kind").terms(v -> v.value(List.of(
                    FieldValue.of(RelationKind.CITES.name()),
                    FieldValue.of(RelationKind.ISSUED_UNDER.name()))))));
            if (provision == null) {
                b.mustNot(m -> m.term(t -> t.field("sourceLawId").value(lawId)));
            } else {
                b.filter(f -> f.bool(p -> p
                        .should(s -> s.term(t -> t.field("targetProvision").value(provision)))
                        .should(s -> s.bool(w -> w
                                .filter(x -> x.term(t -> t.field("kind").value(RelationKind.ISSUED_UNDER.name())))
                                .mustNot(x -> x.exists(e -> e.field("targetProvision")))))));
                b.mustNot(sameProvision(lawId, provision));
            }
            return b;
        }));
        Map<String, List<Relation>> bySource = new LinkedHashMap<>();
        long[] total = {0};
        store.each(query, r -> {
            total[0]++;
            if (total[0] <= MAX_IMPACT_RELATIONS) {
                bySource.computeIfAbsent(r.sourceLawId(), k -> new ArrayList<>()).add(r);
            }
        });
        List<Impact.Dependent> laws = new ArrayList<>();
        bySource.forEach((source, relations) -> {
            LinkedHashSet<String> kinds = new LinkedHashSet<>();
            relations.forEach(r -> kinds.add(r.kind().outgoing()));
            laws.add(new Impact.Dependent(source, relations.get(0).sourceTitle(), List.copyOf(kinds),
                    relations.size(), List.copyOf(relations.subList(0,
                    Math.min(relations.size(), Impact.MAX_LISTED)))));
        });
        laws.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return new Impact(lawId, title, provision, laws.size(), total[0], laws);
    }

    /** Every relation, in id order, one at a time. */
    public void each(Consumer<Relation> consumer) {
        store.each(Query.of(q -> q.matchAll(m -> m)), consumer);
    }

    private static void add(Map<String, RelationGroup> groups, String name, String direction, long count,
            List<Relation> relations) {
        groups.put(name + "/" + direction, new RelationGroup(name, direction, count, relations));
    }

    private static Query outgoing(String lawId, RelationKind kind) {
        return Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("sourceLawId").value(lawId)))
                .filter(f -> f.term(t -> t.field("kind").value(kind.name())))));
    }

    /** Other laws' statements: a law's citations of itself are listed once, as its own. */
    private static Query incoming(String lawId, RelationKind kind) {
        return Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("targetLawId").value(lawId)))
                .filter(f -> f.term(t -> t.field("kind").value(kind.name())))
                .mustNot(m -> m.term(t -> t.field("sourceLawId").value(lawId)))));
    }
}
