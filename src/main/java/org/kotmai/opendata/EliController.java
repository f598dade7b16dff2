package org.kotmai.opendata;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * ELI-style stable URIs (see {@link Eli}). Each answers 303 See Other to the representation the client accepts:
 * JSON to the catalog API, Akoma Ntoso (or XML) to {@code /api/laws/{id}/akn}, HTML (and anything else a browser
 * or {@code curl} sends by default) to the web page {@code /laws/{id}}, whose provision anchors are
 * {@code #sec-<number>} in the ELI spelling ({@code #sec-77-1}).
 */
@RestController
@Tag(name = "Open data")
class EliController {

    private static final List<MediaType> OFFERED = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON,
            MediaType.parseMediaType(AknController.AKN_XML), MediaType.APPLICATION_XML);

    private final EliResolver resolver;
    private final CatalogRepository catalog;

    EliController(EliResolver resolver, CatalogRepository catalog) {
        this.resolver = resolver;
        this.catalog = catalog;
    }

    /**
     * @param lawId      the law
     * @param eli        its ELI path as read (Thai letters as they are)
     * @param encodedEli the same path percent-encoded, for links
     * @param sectionTemplate the ELI of one of its provisions, with {@code {number}} for the number in ELI spelling
     */
    record EliView(String lawId, String eli, String encodedEli, String sectionTemplate) {
    }

    @GetMapping("/api/laws/{id}/eli")
    @Operation(summary = "A law's ELI-style stable URI",
            responses = @ApiResponse(responseCode = "404", description = "no law with this id"))
    EliView eliOf(@PathVariable String id) {
        Eli eli = resolver.eliOf(id).orElseThrow(() -> new NotFoundException("No law with id '" + id
                + "'. Find ids with GET /api/laws."));
        return new EliView(id, eli.path(), eli.encodedPath(), eli.path() + "/sec/{number}");
    }

    @GetMapping("/eli/th/{type}/{year}/{slug}")
    @Operation(summary = "Stable URI of a law: redirects (303) by content negotiation",
            description = "Accept application/json -> /api/laws/{id}; application/akn+xml or application/xml -> "
                    + "/api/laws/{id}/akn; text/html (or */*) -> /laws/{id}. The slug is the law id without its "
                    + "'type-year-' prefix; an unknown year is 'undated'.",
            responses = {@ApiResponse(responseCode = "303", description = "Location names the representation"),
                    @ApiResponse(responseCode = "404", description = "no law has this ELI"),
                    @ApiResponse(responseCode = "406", description = "none of the accepted types is offered")})
    ResponseEntity<?> law(
            @Parameter(description = "instrument type as in law ids: act, code, royal-decree …") @PathVariable
            String type,
            @Parameter(description = "BE year, or 'undated'") @PathVariable String year,
            @PathVariable String slug,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String lawId = lawId(type, year, decoded(slug));
        String encodedId = Eli.encode(lawId);
        return redirect(accept, "/api/laws/" + encodedId, "/api/laws/" + encodedId + "/akn", "/laws/" + encodedId);
    }

    @GetMapping("/eli/th/{type}/{year}/{slug}/sec/{number}")
    @Operation(summary = "Stable URI of a provision: redirects (303) by content negotiation",
            description = "The number is canonical with '/' written '-' and spaces '_' (77/1 -> 77-1, '4 ทวิ' -> "
                    + "4_ทวิ). JSON -> /api/laws/{id}/provisions/{number}; Akoma Ntoso -> /api/laws/{id}/akn"
                    + "#sec_<number>; HTML -> /laws/{id}#sec-<number>.",
            responses = {@ApiResponse(responseCode = "303", description = "Location names the representation"),
                    @ApiResponse(responseCode = "404", description = "no such law or provision"),
                    @ApiResponse(responseCode = "406", description = "none of the accepted types is offered")})
    ResponseEntity<?> provision(@PathVariable String type, @PathVariable String year, @PathVariable String slug,
            @Parameter(description = "e.g. 15, 77-1, 4_ทวิ") @PathVariable String number,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String lawId = lawId(type, year, decoded(slug));
        String canonical = Eli.numberOf(decoded(number));
        if (catalog.findProvision(lawId, canonical).isEmpty()) {
            throw new NotFoundException("Law '" + lawId + "' has no provision '" + canonical + "'. See GET /api/laws/"
                    + lawId + " for its table of contents.");
        }
        String encodedId = Eli.encode(lawId);
        String segment = Eli.encode(Eli.sectionSegment(canonical));
        return redirect(accept, "/api/laws/" + encodedId + "/provisions/" + Eli.encode(canonical),
                "/api/laws/" + encodedId + "/akn#sec_" + segment, "/laws/" + encodedId + "#sec-" + segment);
    }

    private String lawId(String type, String year, String slug) {
        InstrumentType instrument = Eli.typeOf(type).orElseThrow(() -> new BadRequestException("type",
                "'" + type + "' is not an instrument type; use one of act, code, royal-decree, "
                        + "ministerial-regulation … as in law ids"));
        if (!Eli.UNDATED.equals(year) && !year.matches("\\d{4}")) {
            throw new BadRequestException("year", "'" + year + "' is not a BE year; give four digits such as 2537, "
                    + "or 'undated'");
        }
        return resolver.lawId(instrument, year, slug).orElseThrow(() -> new NotFoundException(
                "No law has the ELI /eli/th/" + type + "/" + year + "/" + slug + ". Find laws with GET /api/laws."));
    }

    /** Path segments arrive still percent-encoded: the service passes encoded slashes through to the catalog. */
    private static String decoded(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static ResponseEntity<?> redirect(String accept, String json, String akn, String html) {
        MediaType chosen = negotiate(accept);
        if (chosen == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, "This URI is served "
                    + "as text/html, application/json, application/akn+xml or application/xml; the Accept header "
                    + "names none of them.");
            problem.setProperty("field", "Accept");
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        String target = chosen.isCompatibleWith(MediaType.APPLICATION_JSON) ? json
                : chosen.isCompatibleWith(MediaType.TEXT_HTML) ? html : akn;
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /** The offered type the client prefers most; HTML when it accepts anything. */
    static MediaType negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaType.TEXT_HTML;
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Accept", "'" + accept + "' is not a valid Accept header");
        }
        // A stable sort: among equal qualities the client's own order decides.
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType wanted : accepted) {
            if (wanted.getQualityValue() == 0) {
                continue;
            }
            for (MediaType offered : OFFERED) {
                if (wanted.includes(offered)) {
                    return offered;
                }
            }
        }
        return null;
    }
}
