package org.kotmai.review.template;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads every {@code *.yaml} file of a folder as a review template. Each file is read, shaped and validated on its
 * own: a broken file becomes a {@link TemplateProblem} with its name, line and reason, and the others still load.
 * The YAML is composed into nodes rather than objects so that every problem can point at a line, and so that no
 * YAML tag can ever instantiate a Java class.
 */
public final class TemplateLoader {

    public LoadedTemplates loadFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new LoadedTemplates(List.of(), List.of(new TemplateProblem(folder.toString(), 0,
                    "template folder does not exist; create it or set kotmai.review.template-dir")));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            return new LoadedTemplates(List.of(), List.of(new TemplateProblem(folder.toString(), 0,
                    "cannot list the template folder: " + e.getMessage())));
        }
        List<Template> templates = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yml")) {
                // silently skipping it would leave the author wondering why the template never shows up
                problems.add(new TemplateProblem(name, 0, "template files must end in .yaml; rename it to "
                        + name.substring(0, name.length() - 4) + ".yaml"));
                continue;
            }
            List<TemplateProblem> fileProblems = new ArrayList<>();
            Template template = loadFile(file, name, fileProblems);
            if (template != null) {
                String earlier = fileOfId.putIfAbsent(template.id(), name);
                if (earlier != null) {
                    fileProblems.add(new TemplateProblem(name, 1, "template id '" + template.id()
                            + "' is already used by " + earlier + "; give each template its own id"));
                } else {
                    templates.add(template);
                }
            }
            problems.addAll(fileProblems);
        }
        return new LoadedTemplates(templates, problems);
    }

    /** @return the template, or null after adding at least one problem */
    private Template loadFile(Path file, String name, List<TemplateProblem> problems) {
        Node root;
        try (Reader reader = strictUtf8(file)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String context = e.getContext() == null || e.getContextMark() == null ? ""
                    : e.getContext() + " (opened on line " + (e.getContextMark().getLine() + 1) + "): ";
            problems.add(new TemplateProblem(name, line, "invalid YAML: " + context + e.getProblem()));
            return null;
        } catch (YAMLException e) {
            String reason = e.getCause() instanceof CharacterCodingException
                    ? "file is not valid UTF-8; save it as UTF-8" : "invalid YAML: " + e.getMessage();
            problems.add(new TemplateProblem(name, 0, reason));
            return null;
        } catch (IOException e) {
            problems.add(new TemplateProblem(name, 0, "cannot read file: " + e.getMessage()));
            return null;
        }
        if (root == null) {
            problems.add(new TemplateProblem(name, 1, "file is empty"));
            return null;
        }
        Template template;
        try {
            template = TemplateReader.read(root, name);
        } catch (TemplateSyntaxException e) {
            problems.add(new TemplateProblem(name, e.line(), e.getMessage()));
            return null;
        }
        List<TemplateProblem> semantic = TemplateValidator.validate(template);
        problems.addAll(semantic);
        return semantic.isEmpty() ? template : null;
    }

    /** Thai text in a wrong encoding would load as mojibake; refuse it instead of guessing. */
    private static Reader strictUtf8(Path file) throws IOException {
        return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
