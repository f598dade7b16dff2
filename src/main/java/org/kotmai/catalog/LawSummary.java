package org.kotmai.catalog;

import java.util.List;

/**
 * The fields of a law shown in lists.
 *
 * @param agency   who is in charge, as the law names them
 * @param agencies the organisations in charge, the values the agency filter takes
 */
public record LawSummary(String id, String sourceId, InstrumentType type, LawStatus status, String title,
        Integer yearBe, Integer yearCe, List<String> subjectGroups, String agency, List<String> agencies,
        int provisionCount) {

    static LawSummary of(LawDocument law) {
        return new LawSummary(law.id(), law.sourceId(), law.type(), law.status(), law.title(), law.yearBe(),
                law.yearCe(), law.subjectGroups(), law.agency(), law.agencies(),
                law.provisionCount());
    }
}
