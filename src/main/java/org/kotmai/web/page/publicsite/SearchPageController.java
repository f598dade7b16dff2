package org.kotmai.web.page.publicsite;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.kotmai.search.SearchRequest;
import org.kotmai.search.SearchResult;
import org.kotmai.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page with its one search box, and the results page. */
@Controller
class SearchPageController {

    private static final int PAGE_SIZE = 10;

    private final SearchService search;

    SearchPageController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/")
    String home() {
        return "public/home";
    }

    @GetMapping("/search")
    String results(@RequestParam(required = false) String q,
            @RequestParam(required = false) InstrumentType type,
            @RequestParam(required = false) LawStatus status,
            @RequestParam(required = false) Integer yearFrom,
            @RequestParam(required = false) Integer yearTo,
            @RequestParam(required = false) String subjectGroup,
            @RequestParam(required = false) String agency,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        SearchFilters filters = new SearchFilters(q == null ? "" : q, type, status, yearFrom, yearTo,
                blankToNull(subjectGroup), blankToNull(agency));
        model.addAttribute("filters", filters);
        if (filters.q().isBlank()) {
            return "public/home";
        }
        SearchResult result = search.search(new SearchRequest(filters.q(), type, status, yearFrom, yearTo,
                filters.subjectGroup(), filters.agency(), page, PAGE_SIZE, true));
        model.addAttribute("result", result);
        model.addAttribute("groups", ResultGroups.of(result));
        model.addAttribute("pages", (int) Math.min(Math.ceil(result.total() / (double) PAGE_SIZE), 1000));
        return "public/search";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
