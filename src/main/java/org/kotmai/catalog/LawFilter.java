package org.kotmai.catalog;

import org.kotmai.thai.OfficeHolders;

/**
 * Filters for listing laws; every field is optional.
 *
 * @param type          instrument type
 * @param status        status; when null, every status but {@link LawStatus#DRAFT}
 * @param yearFrom      lowest BE year, inclusive
 * @param yearTo        highest BE year, inclusive
 * @param subjectGroup  Krisdika subject group name
 * @param agency        organisation in charge, e.g. กระทรวงการคลัง (a minister's title is read as their ministry)
 * @param sourceId      the source's own id (Krisdika sysid)
 */
public record LawFilter(InstrumentType type, LawStatus status, Integer yearFrom, Integer yearTo,
        String subjectGroup, String agency, String sourceId) {

    public LawFilter {
        agency = OfficeHolders.agencyNamed(agency);
    }

    public static LawFilter none() {
        return new LawFilter(null, null, null, null, null, null, null);
    }
}
