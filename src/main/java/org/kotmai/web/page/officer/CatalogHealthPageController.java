package org.kotmai.web.page.officer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CatalogHealthPageController {

    private final CatalogHealth health;

    CatalogHealthPageController(CatalogHealth health) {
        this.health = health;
    }

    @GetMapping("/officer/catalog")
    String health(Model model) {
        model.addAttribute("health", health.report());
        return "officer/catalog";
    }
}
