package org.kotmai.web.page.campaign;

import org.kotmai.security.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Guillotine campaigns as pages: the campaigns a signed-in user may read (or only their own), and one campaign's
 * dashboard with its charts, inventory and export links. The forms that change a campaign are posted to
 * {@link CampaignFormController}.
 */
@Controller
class CampaignPageController {

    private final CampaignPages pages;

    CampaignPageController(CampaignPages pages) {
        this.pages = pages;
    }

    @GetMapping("/campaigns")
    String list(Actor actor, @RequestParam(defaultValue = "false") boolean mine, Model model) {
        return pages.list(actor, mine, model);
    }

    @GetMapping("/campaigns/{id}")
    String campaign(Actor actor, @PathVariable String id, Model model) {
        return pages.detail(actor, id, model);
    }
}
