package org.kotmai.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

/**
 * One result: a provision, or a whole law ({@code provision} empty).
 *
 * @param match why it is here: CITATION (the query cites it), LAW (the query names the law), TEXT (its words)
 */
@Schema(description = "A provision, or a whole law when provision is empty")
public record SearchHit(
        String lawId,
        @Schema(description = "the source's own id of the law, e.g. the Krisdika sysid") String sourceId,
        String lawTitle,
        InstrumentType lawType,
        LawStatus lawStatus,
        Integer yearBe,
        @Schema(description = "canonical provision number (77/1, 4 ทวิ); empty for a law-level hit") String provision,
        @Schema(description = "the provision's label as printed") String label,
        @Schema(description = "headings enclosing the provision, outermost first") List<String> path,
        @Schema(description = "the provision was repealed; such hits are ranked down") boolean repealed,
        @Schema(description = "passages of the original text, matched words inside <em>…</em>, HTML-escaped")
        List<String> highlights,
        double score,
        @Schema(description = "CITATION, LAW or TEXT") String match) {
}
