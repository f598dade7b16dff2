package org.kotmai.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.kotmai.thai.OfficeHolders;
import org.kotmai.web.BadRequestException;

/** The filters of a search, as queries on the provisions index or on the laws index (whose fields differ). */
record SearchFilter(InstrumentType type, LawStatus status, Integer yearFrom, Integer yearTo, String subjectGroup,
        String agency) {

    SearchFilter {
        agency = OfficeHolders.agencyNamed(agency);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new BadRequestException("yearFrom", "is after yearTo (" + yearFrom + " > " + yearTo + ")");
        }
    }

    List<Query> onProvisions() {
        return queries("lawType", "lawStatus");
    }

    List<Query> onLaws() {
        return queries("type", "status");
    }

    boolean accepts(LawEntry law) {
        return (law.status() == null || law.status().isPublic())
                && (type == null || type == law.type()) && (status == null || status == law.status())
                && (yearFrom == null || (law.yearBe() != null && law.yearBe() >= yearFrom))
                && (yearTo == null || (law.yearBe() != null && law.yearBe() <= yearTo))
                && (subjectGroup == null || (law.subjectGroups() != null && law.subjectGroups().contains(subjectGroup)))
                && (agency == null || (law.agencies() != null && law.agencies().contains(agency)));
    }

    private List<Query> queries(String typeField, String statusField) {
        List<Query> out = new ArrayList<>();
        // drafts under review are not law; search is public, so they never show
        out.add(Query.of(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field(statusField)
                .value(LawStatus.DRAFT.name()))))));
        if (type != null) {
            out.add(Query.of(q -> q.term(t -> t.field(typeField).value(type.name()))));
        }
        if (status != null) {
            out.add(Query.of(q -> q.term(t -> t.field(statusField).value(status.name()))));
        }
        if (yearFrom != null || yearTo != null) {
            out.add(Query.of(q -> q.range(r -> r.number(n -> {
                n.field("yearBe");
                if (yearFrom != null) {
                    n.gte(yearFrom.doubleValue());
                }
                if (yearTo != null) {
                    n.lte(yearTo.doubleValue());
                }
                return n;
            }))));
        }
        if (subjectGroup != null) {
            out.add(Query.of(q -> q.term(t -> t.field("subjectGroups").value(subjectGroup))));
        }
        if (agency != null) {
            out.add(Query.of(q -> q.term(t -> t.field("agencies").value(agency))));
        }
        return out;
    }
}
