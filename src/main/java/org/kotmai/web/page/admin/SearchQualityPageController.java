package org.kotmai.web.page.admin;

import java.nio.file.Path;

import org.kotmai.search.RelevanceEvaluator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Runs the relevance evaluation on a query set (a file on the server, or pasted TSV) and shows the misses. */
@Controller
class SearchQualityPageController {

    static final String DEFAULT_PATH = "../shared/eval/dev-queries.tsv";
    private static final int MAX_PASTED_CHARS = 1_000_000;

    private final RelevanceEvaluator evaluator;

    SearchQualityPageController(RelevanceEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @GetMapping("/admin/search-quality")
    String form(Model model) {
        model.addAttribute("path", DEFAULT_PATH);
        model.addAttribute("tsv", "");
        return "admin/search-quality";
    }

    @PostMapping("/admin/search-quality")
    String evaluate(@RequestParam(required = false) String path, @RequestParam(required = false) String tsv,
            Model model) {
        String pasted = tsv == null ? "" : tsv;
        String file = path == null ? "" : path.strip();
        model.addAttribute("path", file);
        model.addAttribute("tsv", pasted);
        try {
            if (!pasted.isBlank()) {
                if (pasted.length() > MAX_PASTED_CHARS) {
                    throw new IllegalArgumentException("the pasted query set is longer than " + MAX_PASTED_CHARS
                            + " characters; give a file on the server instead");
                }
                model.addAttribute("report", evaluator.evaluate(pasted, "the pasted query set"));
            } else if (!file.isEmpty()) {
                model.addAttribute("report", evaluator.evaluate(Path.of(file)));
            } else {
                model.addAttribute("error", "Give the path of a query file on the server, or paste queries.");
            }
        } catch (IllegalArgumentException e) {
            // also an InvalidPathException: the message names the path and what is wrong with it
            model.addAttribute("error", e.getMessage());
        }
        return "admin/search-quality";
    }
}
