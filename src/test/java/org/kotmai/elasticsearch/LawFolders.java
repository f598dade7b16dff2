package org.kotmai.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders of law files for imports in tests that start the application themselves. */
final class LawFolders {

    private LawFolders() {
    }

    /** A new folder under {@code parent} holding copies of the given files. */
    static Path of(Path parent, String... files) throws IOException {
        Path folder = Files.createTempDirectory(parent, "laws-");
        for (String file : files) {
            Path source = Path.of(file);
            Files.copy(source, folder.resolve(source.getFileName()));
        }
        return folder;
    }
}
