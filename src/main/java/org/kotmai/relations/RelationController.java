package org.kotmai.relations;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.ProvisionNumbers;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/laws")
@Tag(name = "Relations", description = "Citations, delegation, amendments and repeals between laws")
class RelationController {

    private final RelationQueries relations;
    private final CatalogRepository catalog;

    RelationController(RelationQueries relations, CatalogRepository catalog) {
        this.relations = relations;
        this.catalog = catalog;
    }

    @GetMapping("/{id}/relations")
    @Operation(summary = "A law's relations, grouped by kind, both directions, with counts",
            description = "OUTGOING groups are what the law's own text states (cites — including its own provisions — "
                    + "issuedUnder, amends, amendedBy, repeals); INCOMING groups are what other laws state about it "
                    + "(citedBy, delegates, amendedBy, amends, repealedBy). Targets not in the catalog keep the title "
                    + "as cited, with targetLawId null. Each group lists at most " + LawRelations.MAX_LISTED
                    + " relations; count is the full number.")
    LawRelations relations(@PathVariable String id) {
        return relations.of(id, law(id).title());
    }

    @GetMapping("/{id}/provisions/{number}/cited-by")
    @Operation(summary = "Provisions citing one provision, in the same law and in others",
            description = "The number is canonical and URL-encoded: 77%2F1, '4 ทวิ'; Thai digits are accepted.")
    List<Relation> citedBy(@PathVariable String id,
            @Parameter(description = "provision number, e.g. 77%2F1") @PathVariable String number) {
        String canonical = canonical(number);
        law(id);
        if (catalog.findProvision(id, canonical).isEmpty()) {
            throw new NotFoundException("Law '" + id + "' has no provision '" + canonical + "'. See GET /api/laws/"
                    + id + " for its table of contents.");
        }
        return relations.citing(id, canonical);
    }

    @GetMapping("/{id}/impact")
    @Operation(summary = "Everything that depends on a law or one of its provisions",
            description = "Laws issued under it and provisions citing it, grouped by dependent law, most dependencies "
                    + "first: what a guillotine reviewer must check before repealing it. With provision, only what "
                    + "depends on that provision (delegated laws naming no enabling provision are included).")
    Impact impact(@PathVariable String id,
            @Parameter(description = "a provision number, e.g. 77/1; omit for the whole law")
            @RequestParam(required = false) String provision) {
        LawDocument law = law(id);
        String canonical = null;
        if (provision != null) {
            canonical = canonical(provision);
            if (catalog.findProvision(id, canonical).isEmpty()) {
                throw new BadRequestException("provision", "'" + canonical + "' is not a provision of " + id
                        + "; give a number from its table of contents (GET /api/laws/" + id + ") or omit it");
            }
        }
        return relations.impact(id, law.title(), canonical);
    }

    private LawDocument law(String id) {
        return catalog.findLawWithoutText(id).orElseThrow(() -> new NotFoundException("No law with id '" + id
                + "'. Find ids with GET /api/laws."));
    }

    private static String canonical(String typed) {
        // A single path segment may still carry the encoded slash of 77%2F1.
        String number = ProvisionNumbers.canonical(URLDecoder.decode(typed, StandardCharsets.UTF_8));
        if (number.isEmpty()) {
            throw new BadRequestException("number", "is empty; give a provision number such as 77/1 or '4 ทวิ'");
        }
        return number;
    }
}
