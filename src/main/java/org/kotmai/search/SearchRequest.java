package org.kotmai.search;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

/**
 * A search as sent in the body of {@code POST /api/search}; {@code GET /api/search} takes the same fields as
 * parameters. Everything but {@code q} is optional.
 */
@Schema(description = "A search: the query, optional filters and the page wanted")
public record SearchRequest(
        @Schema(description = "what to look for: a citation (\"ป.พ.พ. มาตรา 420\"), a law's name, a question, or a "
                + "pasted text of up to 20,000 characters", example = "พ.ร.บ.คุ้มครองแรงงาน มาตรา 118")
        String q,
        @Schema(description = "only this kind of instrument") InstrumentType type,
        @Schema(description = "only laws with this status") LawStatus status,
        @Schema(description = "lowest BE year, inclusive", example = "2530") Integer yearFrom,
        @Schema(description = "highest BE year, inclusive", example = "2562") Integer yearTo,
        @Schema(description = "only laws in this Krisdika subject group") String subjectGroup,
        @Schema(description = "only laws this organisation is in charge of, e.g. กระทรวงการคลัง (a minister's "
                + "title is read as their ministry)") String agency,
        @Schema(description = "page number, from 0", defaultValue = "0") Integer page,
        @Schema(description = "hits per page", defaultValue = "10") Integer size,
        @Schema(description = "whether to count matches by lawType, lawStatus, yearBe, subjectGroups and agency; "
                + "counting visits every match, so ask only when the counts are shown", defaultValue = "false")
        Boolean facets) {

    /** A search without facets. */
    public SearchRequest(String q, InstrumentType type, LawStatus status, Integer yearFrom, Integer yearTo,
            String subjectGroup, String agency, Integer page, Integer size) {
        this(q, type, status, yearFrom, yearTo, subjectGroup, agency, page, size, false);
    }
}
