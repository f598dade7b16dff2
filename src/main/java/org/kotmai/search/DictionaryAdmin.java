package org.kotmai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.kotmai.thai.ThaiAbbreviations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The abbreviation and synonym dictionary as administrators edit it: a replacement is validated, put in force at
 * once for every later search (no restart, no re-index: abbreviations, names of laws and synonyms are applied to
 * queries), and kept in {@link SearchProperties#dictionaryFile()} so that it is in force again after a restart.
 */
@Service
public class DictionaryAdmin {

    private static final Logger log = LoggerFactory.getLogger(DictionaryAdmin.class);

    private final ThaiAbbreviations abbreviations;
    private final LawDirectory directory;
    private final Path file;

    DictionaryAdmin(ThaiAbbreviations abbreviations, LawDirectory directory, SearchProperties properties) {
        this.abbreviations = abbreviations;
        this.directory = directory;
        this.file = properties.dictionaryFile();
        if (Files.isRegularFile(file)) {
            try {
                abbreviations.replace(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                log.info("Search dictionary read from {} ({} entries)", file, abbreviations.size());
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("The search dictionary " + file + " cannot be used (" + e.getMessage()
                        + "). Correct the file, or delete it to return to the shipped dictionary.", e);
            }
        }
    }

    /** The dictionary in force, as TSV. */
    public String current() {
        return abbreviations.tsv();
    }

    /**
     * Validates and puts a new dictionary in force, then saves it.
     *
     * @throws IllegalArgumentException naming the line of the first malformed entry; the old dictionary stays
     */
    public int replace(String tsv) {
        abbreviations.replace(tsv, "the uploaded dictionary");
        directory.invalidate();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, tsv, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The dictionary is in force but could not be saved to " + file + " ("
                    + e.getMessage() + "); it will be lost at restart. Check that the data directory is writable.", e);
        }
        return abbreviations.size();
    }
}
