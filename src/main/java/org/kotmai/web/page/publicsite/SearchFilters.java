package org.kotmai.web.page.publicsite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

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
        return url(type, status, yearFrom, yearTo, subjectGroup, agency) + "&page=" + page;
    }

    /** This search narrowed by one facet value, as named in the search result's facets, from its first page. */
    public String with(String facet, String value) {
        return switch (facet) {
            case "lawType" -> url(enumOrNull(InstrumentType.class, value), status, yearFrom, yearTo, subjectGroup,
                    agency);
            case "lawStatus" -> url(type, enumOrNull(LawStatus.class, value), yearFrom, yearTo, subjectGroup, agency);
            case "yearBe" -> url(type, status, intOrNull(value), intOrNull(value), subjectGroup, agency);
            case "subjectGroups" -> url(type, status, yearFrom, yearTo, value, agency);
            case "agency" -> url(type, status, yearFrom, yearTo, subjectGroup, value);
            default -> url(type, status, yearFrom, yearTo, subjectGroup, agency);
        };
    }

    /** This search without any filter. */
    public String cleared() {
        return url(null, null, null, null, null, null);
    }

    /** This search with another query and the same filters. */
    public String withQuery(String query) {
        return new SearchFilters(query, type, status, yearFrom, yearTo, subjectGroup, agency).page(0);
    }

    private String url(InstrumentType t, LawStatus s, Integer from, Integer to, String group, String agencyName) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(q));
        append(url, "type", t == null ? null : t.name());
        append(url, "status", s == null ? null : s.name());
        append(url, "yearFrom", from == null ? null : from.toString());
        append(url, "yearTo", to == null ? null : to.toString());
        append(url, "subjectGroup", group);
        append(url, "agency", agencyName);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
