package org.kotmai.web.page.admin;

import org.kotmai.search.DictionaryAdmin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The abbreviation and synonym dictionary as one editable TSV text. A malformed edit is shown back with the
 * reason and the line, and the dictionary in force stays as it was.
 */
@Controller
class DictionaryPageController {

    private static final int MAX_CHARS = 2_000_000;

    private final DictionaryAdmin dictionary;

    DictionaryPageController(DictionaryAdmin dictionary) {
        this.dictionary = dictionary;
    }

    @GetMapping("/admin/dictionary")
    String form(Model model) {
        model.addAttribute("tsv", dictionary.current());
        return "admin/dictionary";
    }

    @PostMapping("/admin/dictionary")
    String save(@RequestParam(required = false) String tsv, Model model) {
        String text = tsv == null ? "" : tsv;
        model.addAttribute("tsv", text);
        if (text.isBlank()) {
            model.addAttribute("error", "The dictionary is empty; paste the TSV back, or reload to start again.");
        } else if (text.length() > MAX_CHARS) {
            model.addAttribute("error", "The dictionary is longer than " + MAX_CHARS + " characters.");
        } else {
            try {
                model.addAttribute("saved", dictionary.replace(text));
            } catch (IllegalArgumentException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "admin/dictionary";
    }
}
