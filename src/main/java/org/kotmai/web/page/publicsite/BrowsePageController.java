package org.kotmai.web.page.publicsite;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawFilter;
import org.kotmai.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing the catalog by type, subject group and year, without a query. */
@Controller
class BrowsePageController {

    private static final int PAGE_SIZE = 25;
    private static final int MAX_PAGE = 10_000 / PAGE_SIZE - 1;

    private final CatalogRepository catalog;
    private final LawFacets facets;

    BrowsePageController(CatalogRepository catalog, LawFacets facets) {
        this.catalog = catalog;
        this.facets = facets;
    }

    @GetMapping("/browse")
    String browse(@RequestParam(required = false) InstrumentType type,
            @RequestParam(required = false) String subjectGroup,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (page < 0 || page > MAX_PAGE) {
            throw new BadRequestException("page", "must be between 0 and " + MAX_PAGE);
        }
        String group = subjectGroup == null || subjectGroup.isBlank() ? null : subjectGroup.strip();
        model.addAttribute("type", type);
        model.addAttribute("subjectGroup", group);
        model.addAttribute("year", year);
        model.addAttribute("laws", catalog.listLaws(new LawFilter(type, null, year, year, group, null, null), page,
                PAGE_SIZE));
        model.addAttribute("facets", facets.counts());
        return "public/browse";
    }
}
