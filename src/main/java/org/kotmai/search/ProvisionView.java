package org.kotmai.search;

import java.util.List;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

/** The fields of a provision that a result shows (named as in the provisions index). */
record ProvisionView(String id, String lawId, String sourceId, String lawTitle, InstrumentType lawType,
        LawStatus lawStatus, Integer yearBe, String number, String label, List<String> path, String text,
        boolean repealed) {

    static final List<String> FIELDS = List.of("id", "lawId", "sourceId", "lawTitle", "lawType", "lawStatus",
            "yearBe", "number", "label", "path", "text", "repealed");
}
