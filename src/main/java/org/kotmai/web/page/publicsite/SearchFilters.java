package org.kotmai.web.page.publicsite;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

/** The query and filters of a results page, as the reader set them; the page builds its links from them. */
record SearchFilters(String q, InstrumentType type, LawStatus status, Integer yearFrom, Integer yearTo,
        String subjectGroup, String agency) {

    /** Whether any filter narrows the search, so the page can offer to clear them. */
    boolean narrowed() {
        return type != null || status != null || yearFrom != null || yearTo != null || subjectGroup != null
                || agency != null;
    }
}
