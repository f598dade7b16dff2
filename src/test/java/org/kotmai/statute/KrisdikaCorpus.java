package org.kotmai.statute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kotmai.thai.ThaiTextRepair;

/** Reads the shared Krisdika corpus (never copied into the repository) for corpus-level tests. */
final class KrisdikaCorpus {

    static final Path ROOT = Path.of("../shared/corpus/krisdika");
    static final Path LAWS = ROOT.resolve("law");
    static final Path INDEX = ROOT.resolve("law_url_df.csv");
    static final Path NITIBENCH = Path.of("../shared/corpus/nitibench-statute");

    private KrisdikaCorpus() {
    }

    /** sysid → title from law_url_df.csv (first row of each sysid). */
    static Map<String, String> titles() {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(INDEX, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = csvCells(line);
                if (cells.size() >= 4) {
                    out.putIfAbsent(cells.get(3).strip(), cells.get(0).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        return out;
    }

    static String repaired(Path file) {
        try {
            return new ThaiTextRepair().repairKeepingLayout(Files.readString(file, StandardCharsets.UTF_8), false).text();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
