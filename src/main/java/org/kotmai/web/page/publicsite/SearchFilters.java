package org.kotmai.web.page.publicsite;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.springframework.web.util.UriComponentsBuilder;

/** The query and filters of a results page, as the reader set them; the page builds its links from them. */
public record SearchFilters(String q, InstrumentType type, LawStatus status, Integer yearFrom, Integer yearTo,
        String subjectGroup, String agency) {

    /** Whether any filter narrows the search, so the page can offer to clear them. */
    public boolean narrowed() {
        return type != null || status != null || yearFrom != null || yearTo != null || subjectGroup != null
                || agency != null;
    }

    /** This search at another page. */
    public String page(int page) {
        return builder(type, status, yearFrom, yearTo, subjectGroup, agency).queryParam("page", page).build()
                .encode().toUriString();
    }

    /** This search narrowed by one facet value, as named in the search result's facets, from its first page. */
    public String with(String facet, String value) {
        return switch (facet) {
            case "lawType" -> url(builder(enumOrNull(InstrumentType.class, value), status, yearFrom, yearTo,
                    subjectGroup, agency));
            case "lawStatus" -> url(builder(type, enumOrNull(LawStatus.class, value), yearFrom, yearTo,
                    subjectGroup, agency));
            case "yearBe" -> url(builder(type, status, intOrNull(value), intOrNull(value), subjectGroup, agency));
            case "subjectGroups" -> url(builder(type, status, yearFrom, yearTo, value, agency));
            case "agency" -> url(builder(type, status, yearFrom, yearTo, subjectGroup, value));
            default -> url(builder(type, status, yearFrom, yearTo, subjectGroup, agency));
        };
    }

    /** This search without any filter. */
    public String cleared() {
        return url(builder(null, null, null, null, null, null));
    }

    /** This search with another query and the same filters. */
    public String withQuery(String query) {
        return new SearchFilters(query, type, status, yearFrom, yearTo, subjectGroup, agency).page(0);
    }

    private UriComponentsBuilder builder(InstrumentType t, LawStatus s, Integer from, Integer to, String group,
            String agencyName) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search").queryParam("q", q);
        if (t != null) {
            b.queryParam("type", t.name());
        }
        if (s != null) {
            b.queryParam("status", s.name());
        }
        if (from != null) {
            b.queryParam("yearFrom", from);
        }
        if (to != null) {
            b.queryParam("yearTo", to);
        }
        if (group != null) {
            b.queryParam("subjectGroup", group);
        }
        if (agencyName != null) {
            b.queryParam("agency", agencyName);
        }
        return b;
    }

    private static String url(UriComponentsBuilder builder) {
        return builder.build().encode().toUriString();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer intOrNull(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
