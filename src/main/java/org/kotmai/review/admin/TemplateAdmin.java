package org.kotmai.review.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kotmai.review.template.LoadedTemplates;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.review.template.TemplateLoader;
import org.kotmai.review.template.TemplateProblem;
import org.kotmai.web.BadRequestException;
import org.springframework.stereotype.Service;

/**
 * Adds or replaces one template file on behalf of an admin. The new file is first loaded together with every
 * other template in a scratch copy of the folder, with the same loader and validator the service starts with;
 * only when it loads without a problem is it moved into the template folder (atomically where the file system
 * allows) and the catalog reloaded. A rejected upload therefore never touches the template in use.
 */
@Service
class TemplateAdmin {

    static final int MAX_BYTES = 512 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,80}\\.yaml");

    private final TemplateCatalog catalog;

    TemplateAdmin(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    /** @return the template as loaded from the saved file */
    synchronized Template save(String file, byte[] content) {
        if (file == null || !FILE_NAME.matcher(file).matches()) {
            throw new BadRequestException("file", "'" + file + "' is not a template file name; use lower-case"
                    + " letters, digits, '-' or '_' ending in .yaml, e.g. th-ria-report.yaml");
        }
        if (content.length == 0) {
            throw new BadRequestException("body", "is empty; send the template YAML as the request body");
        }
        if (content.length > MAX_BYTES) {
            throw new BadRequestException("body", "is " + content.length + " bytes; a template is at most "
                    + MAX_BYTES);
        }
        Path folder = catalog.folder();
        LoadedTemplates trial = trial(folder, file, content);
        List<TemplateProblem> problems = trial.problems().stream().filter(p -> p.file().equals(file)).toList();
        if (!problems.isEmpty()) {
            throw new TemplateRejectedException(file, problems);
        }
        Template uploaded = trial.templates().stream().filter(t -> t.file().equals(file)).findFirst()
                .orElseThrow(() -> new TemplateRejectedException(file, List.of(new TemplateProblem(file, 1,
                        "the file did not load as a template"))));
        List<TemplateProblem> pushedOut = catalog.templates().stream().filter(t -> !t.file().equals(file))
                .filter(t -> trial.byId(t.id()).filter(x -> x.file().equals(t.file())).isEmpty())
                .flatMap(t -> trial.problems().stream().filter(p -> p.file().equals(t.file()))).toList();
        if (!pushedOut.isEmpty()) {
            throw new TemplateRejectedException(file, pushedOut);
        }
        Optional<Template> previous = catalog.templates().stream().filter(t -> t.file().equals(file)).findFirst();
        if (previous.isPresent()) {
            refuseIdentityChange(file, previous.get(), uploaded);
        }
        write(folder, file, content);
        catalog.reload();
        return catalog.byId(uploaded.id()).orElseThrow(() -> new IllegalStateException("template " + file
                + " was saved but did not load on reload; see GET /api/templates/problems"));
    }

    /** Reviews find their template by id, so an id must not vanish and its version must not go back. */
    private static void refuseIdentityChange(String file, Template previous, Template uploaded) {
        if (!previous.id().equals(uploaded.id())) {
            throw new TemplateRejectedException(file, List.of(new TemplateProblem(file, 1, "the file holds"
                    + " template '" + previous.id() + "', which reviews may use; keep its id, or upload '"
                    + uploaded.id() + "' under a new file name")));
        }
        if (uploaded.version() < previous.version()) {
            throw new TemplateRejectedException(file, List.of(new TemplateProblem(file, 1, "version "
                    + uploaded.version() + " is lower than the version in use (" + previous.version()
                    + "); give version " + previous.version() + " or higher")));
        }
    }

    private static LoadedTemplates trial(Path folder, String file, byte[] content) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("kotmai-template-check");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path existing : files.filter(Files::isRegularFile).toList()) {
                        if (!existing.getFileName().toString().equals(file)) {
                            Files.copy(existing, scratch.resolve(existing.getFileName()));
                        }
                    }
                }
            }
            Files.write(scratch.resolve(file), content);
            return new TemplateLoader().loadFolder(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the check of template " + file, e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void write(Path folder, String file, byte[] content) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "." + file, ".uploading");
            Files.write(temp, content);
            try {
                Files.move(temp, folder.resolve(file), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write template " + file + " to " + folder
                    + "; check that the folder is writable", e);
        }
    }

    private static void deleteQuietly(Path scratch) {
        if (scratch == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(scratch)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover scratch folder under the system temp directory does no harm
        }
    }
}
