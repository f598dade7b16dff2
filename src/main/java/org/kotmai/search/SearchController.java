package org.kotmai.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.kotmai.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search and suggestions. Both answer JSON only, declared on each mapping: content negotiation then skips asking
 * every registered converter what it could produce, a measurable share of a search's CPU.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Search", description = "Citations, law names, questions and pasted texts over the catalog")
class SearchController {

    private final SearchService search;
    private final Suggester suggester;

    SearchController(SearchService search, Suggester suggester) {
        this.search = search;
        this.suggester = suggester;
    }

    @GetMapping(path = "/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Autocomplete law titles and citations", description = "As the user types: titles starting "
            + "with or resolving from the text (abbreviations such as ป.พ.พ. and everyday names included); with a "
            + "provision number typed (\"ป.อ. ม.28\"), citations of that provision.")
    List<Suggestion> suggest(@Parameter(description = "what has been typed so far", required = true)
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "8") int size) {
        return suggester.suggest(q, size);
    }

    @GetMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search laws and provisions",
            description = "A citation in any usual shape (\"ป.พ.พ. มาตรา 420\", \"ม.77/1 ประมวลรัษฎากร\", \"section 22 "
                    + "of … B.E. 2562\") returns the cited provision first; a law's name returns the law first; "
                    + "other text returns provisions by relevance. Hits come with highlights, their law and paging; "
                    + "facets when asked (facets=true).")
    SearchResult get(
            @Parameter(description = "the query", required = true) @RequestParam(required = false) String q,
            @RequestParam(required = false) InstrumentType type,
            @RequestParam(required = false) LawStatus status,
            @Parameter(description = "lowest BE year, inclusive") @RequestParam(required = false) Integer yearFrom,
            @Parameter(description = "highest BE year, inclusive") @RequestParam(required = false) Integer yearTo,
            @Parameter(description = "Krisdika subject group") @RequestParam(required = false) String subjectGroup,
            @RequestParam(required = false) String agency,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "10") int size,
            @Parameter(description = "count matches by lawType, lawStatus, yearBe, subjectGroups and agency (costs "
                    + "time: ask when the counts are shown)") @RequestParam(defaultValue = "false") boolean facets) {
        return search.search(new SearchRequest(q, type, status, yearFrom, yearTo, subjectGroup, agency, page, size,
                facets));
    }

    @PostMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search with a JSON body", description = "Same as GET, for long pasted texts (up to 20,000 "
            + "characters).")
    SearchResult post(@RequestBody(required = false) SearchRequest request) {
        if (request == null) {
            throw new BadRequestException("body", "is missing; send JSON such as {\"q\": \"ป.อ. มาตรา 288\"}");
        }
        return search.search(request);
    }
}
