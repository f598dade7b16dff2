package org.kotmai.ingest;

import org.kotmai.web.BadRequestException;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command-line import: {@code import krisdika <folder>}, {@code import folder <folder>} or
 * {@code import export <folder>} (a catalog export). The application starts without its web server (see
 * {@code KotmaiApplication}), imports, prints the summary and exits.
 */
@Component
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "import";

    private final ImportService imports;
    private int exitCode;

    ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !COMMAND.equals(words.get(0))) {
            return;
        }
        if (words.size() != 3) {
            System.err.println("usage: import krisdika|folder|export <folder>");
            exitCode = 2;
            return;
        }
        ImportStatus status;
        try {
            status = imports.run(ImportSource.parse(words.get(1)), Path.of(words.get(2)));
        } catch (BadRequestException e) {
            System.err.println(e.getMessage());
            exitCode = 2;
            return;
        }
        for (FileReport report : status.report()) {
            if (report.outcome() == FileReport.Outcome.ERROR) {
                System.err.println("ERROR " + String.join(" ", report.messages()));
            }
        }
        System.out.printf("Import %s %s: %d files, %d catalogued (%d with warnings), %d unchanged, %d errors, "
                + "%d provisions in %.1f s (%.1f laws/s, %.0f provisions/s)%n", status.id(), status.state(),
                status.total(), status.ok() + status.warnings(), status.warnings(), status.unchanged(),
                status.errors(), status.provisions(), status.elapsedSeconds(), status.lawsPerSecond(),
                status.provisionsPerSecond());
        exitCode = "DONE".equals(status.state()) ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
