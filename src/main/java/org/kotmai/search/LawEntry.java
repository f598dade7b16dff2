package org.kotmai.search;

import java.util.List;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

/**
 * What search keeps in memory about each catalogued law (field names as in the laws index).
 *
 * @param provisionCount how many provisions the law has (null when not known): the larger of two laws a name
 *                       fits about equally is the central one
 */
record LawEntry(String id, String sourceId, String title, InstrumentType type, LawStatus status, Integer yearBe,
        List<String> subjectGroups, List<String> agencies, Integer provisionCount) {
}
