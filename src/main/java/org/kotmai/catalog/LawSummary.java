package org.kotmai.catalog;

import java.util.List;

/** The fields of a law shown in lists. */
public record LawSummary(String id, String sourceId, InstrumentType type, LawStatus status, String title,
        Integer yearBe, Integer yearCe, List<String> subjectGroups, String agency, int provisionCount) {

    static LawSummary of(LawDocument law) {
        return new LawSummary(law.id(), law.sourceId(), law.type(), law.status(), law.title(), law.yearBe(),
                law.yearCe(), law.subjectGroups(), law.agency(), law.provisionCount());
    }
}
