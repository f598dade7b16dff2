package org.kotmai.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the law files in a folder tree: every file except sidecars and hidden files. */
final class FolderSource {

    /** Extensions looked at by the watcher; uploads and imports also try other files and report them. */
    static final Set<String> KNOWN_EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "txt");

    private FolderSource() {
    }

    static List<Path> files(Path folder) throws IngestException {
        if (!Files.isDirectory(folder)) {
            throw new IngestException(folder + " is not a folder. Give the path of a folder that holds law files.");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(FolderSource::isCandidate).sorted().toList();
        } catch (IOException e) {
            throw new IngestException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !SidecarReader.isSidecar(file) && !name.endsWith("~");
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
