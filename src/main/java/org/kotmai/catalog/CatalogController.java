package org.kotmai.catalog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/laws")
@Tag(name = "Catalog", description = "Laws and their provisions")
class CatalogController {

    private static final int MAX_PAGE_SIZE = 200;

    private final CatalogRepository catalog;

    CatalogController(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "List catalogued laws", description = "Newest first; all filters optional. Drafts"
            + " uploaded for review are listed only when a signed-in user asks for status=DRAFT.")
    Page<LawSummary> list(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) InstrumentType type,
            @RequestParam(required = false) LawStatus status,
            @Parameter(description = "lowest BE year, inclusive") @RequestParam(required = false) Integer yearFrom,
            @Parameter(description = "highest BE year, inclusive") @RequestParam(required = false) Integer yearTo,
            @Parameter(description = "Krisdika subject group") @RequestParam(required = false) String subjectGroup,
            @Parameter(description = "organisation in charge, e.g. กระทรวงการคลัง; a minister's title is read as "
                    + "their ministry") @RequestParam(required = false) String agency,
            @Parameter(description = "the source's own id, e.g. a Krisdika sysid") @RequestParam(required = false)
            String sourceId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new BadRequestException("page", "must be 0 or more (pages count from 0)");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new BadRequestException("yearFrom", "is after yearTo (" + yearFrom + " > " + yearTo + ")");
        }
        if ((long) (page + 1) * size > 10_000) {
            throw new BadRequestException("page", "pages beyond the first 10,000 laws are not served; narrow the "
                    + "filters instead");
        }
        if (status == LawStatus.DRAFT && actor.isAnonymous()) {
            return new Page<>(List.of(), 0, page, size);
        }
        return catalog.listLaws(new LawFilter(type, status, yearFrom, yearTo, subjectGroup, agency, sourceId), page,
                size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A law's metadata, table of contents and amendment history (without the full text)")
    LawDocument law(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return visible(actor, catalog.findLawWithoutText(id), id);
    }

    @GetMapping(value = "/{id}/text", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    @Operation(summary = "The repaired full text of a law")
    String text(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return visible(actor, catalog.findLaw(id), id).text();
    }

    @GetMapping("/{id}/provisions/{*number}")
    @Operation(summary = "One provision: text, place in the structure, amendment history, repealed flag",
            description = "The number is canonical: Arabic digits, e.g. 77/1 or '4 ทวิ' (URL-encoded); Thai digits "
                    + "are accepted too.")
    ProvisionDocument provision(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                                @PathVariable String number) {
        // The capture-all segment arrives still percent-encoded when the number carried an encoded slash.
        String raw = URLDecoder.decode(number.startsWith("/") ? number.substring(1) : number, StandardCharsets.UTF_8);
        String canonical = ProvisionNumbers.canonical(raw);
        if (canonical.isEmpty()) {
            throw new BadRequestException("number", "is empty; give a provision number such as 77/1 or '4 ทวิ'");
        }
        Optional<ProvisionDocument> provision = catalog.findProvision(id, canonical);
        if (provision.isPresent() && isHidden(actor, provision.get().lawStatus())) {
            throw missingLaw(id);
        }
        return provision.orElseThrow(() -> {
            if (catalog.sourceKeyOf(id).isEmpty()) {
                return missingLaw(id);
            }
            return new NotFoundException("Law '" + id + "' has no provision '" + canonical
                    + "'. See GET /api/laws/" + id + " for its table of contents.");
        });
    }

    /** A draft is answered as missing to the public, so its existence is not given away. */
    private static LawDocument visible(Actor actor, Optional<LawDocument> law, String id) {
        return law.filter(l -> !isHidden(actor, l.status())).orElseThrow(() -> missingLaw(id));
    }

    private static boolean isHidden(Actor actor, LawStatus status) {
        return status != null && !status.isPublic() && actor.isAnonymous();
    }

    private static NotFoundException missingLaw(String id) {
        return new NotFoundException("No law with id '" + id + "'. Find ids with GET /api/laws.");
    }
}
