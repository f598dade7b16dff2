package org.kotmai.search;

import java.nio.file.Path;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/evaluation")
@Tag(name = "Administration")
class EvaluationController {

    private final RelevanceEvaluator evaluator;

    EvaluationController(RelevanceEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, "text/tab-separated-values"})
    @Operation(summary = "Evaluate search relevance on labelled queries sent as TSV",
            description = "Columns id, kind, query, sysid, law_title, sections (format of shared/eval/README.md). "
                    + "Returns HR@1, HR@10, MRR@10 and Recall@10 overall and per kind, and the misses.")
    EvaluationReport evaluateBody(@RequestBody String tsv) {
        return run(() -> evaluator.evaluate(tsv, "request body"));
    }

    @GetMapping
    @Operation(summary = "Evaluate search relevance on a query TSV on the server")
    EvaluationReport evaluateFile(@Parameter(description = "path of the TSV on the server, e.g. "
            + "../shared/eval/dev-queries.tsv") @RequestParam String path) {
        return run(() -> evaluator.evaluate(Path.of(path)));
    }

    private static EvaluationReport run(java.util.function.Supplier<EvaluationReport> evaluation) {
        try {
            return evaluation.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("queries", e.getMessage());
        }
    }
}
