package org.kotmai.search;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command-line relevance evaluation: {@code evaluate <queries.tsv>} runs the queries through the real search
 * over the catalog in the data directory, prints the figures and the misses, and exits.
 */
@Component
class EvaluateCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "evaluate";

    private final RelevanceEvaluator evaluator;
    private int exitCode;

    EvaluateCommand(RelevanceEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !COMMAND.equals(words.get(0))) {
            return;
        }
        if (words.size() != 2) {
            System.err.println("usage: evaluate <queries.tsv>   (format: shared/eval/README.md)");
            exitCode = 2;
            return;
        }
        try {
            System.out.print(evaluator.evaluate(Path.of(words.get(1))).toText());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            exitCode = 2;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
