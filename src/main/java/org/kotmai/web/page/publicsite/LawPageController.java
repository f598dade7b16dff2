package org.kotmai.web.page.publicsite;

import java.util.List;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.relations.RelationQueries;
import org.kotmai.web.NotFoundException;
import org.kotmai.web.page.PageIds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The law reader: metadata, table of contents and every provision with its anchor ({@code #sec-77-1}), permalink
 * and amendment history, its relations with other laws, and its downloads (JSON, text, Akoma Ntoso). Other
 * services send readers here (an ELI URI asked for as HTML redirects to this page),
 * so the address and the anchors must stay as they are.
 */
@Controller
class LawPageController {

    private final CatalogRepository catalog;
    private final RelationQueries relations;

    LawPageController(CatalogRepository catalog, RelationQueries relations) {
        this.catalog = catalog;
        this.relations = relations;
    }

    @GetMapping("/laws/{id}")
    String law(@PathVariable String id, Model model) {
        LawDocument law = catalog.findLawWithoutText(PageIds.require(id, "law")).orElseThrow(() -> new NotFoundException(
                "No law with id '" + id + "'. Search for it, or browse the catalog."));
        List<ProvisionDocument> provisions = catalog.provisionsOf(id);
        model.addAttribute("law", law);
        model.addAttribute("provisions", provisions.stream().map(ReaderProvision::of).toList());
        model.addAttribute("relations", ReaderRelations.of(relations.of(law.id(), law.title())));
        return "public/law";
    }
}
