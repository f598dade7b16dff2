package org.kotmai.opendata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.kotmai.catalog.CatalogBulkWriter;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.catalog.ProvisionSearchFields;
import org.kotmai.catalog.SearchFields;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an export (a folder with {@value #LAWS} and {@value #PROVISIONS}) back into the catalog. Both files are
 * read line by line side by side, as the export orders them (laws by id, provisions by law id), so one law and its
 * provisions are in memory at a time. As in an ingest, a law the catalog holds in the same version is left as it
 * is, and one catalogued from the same source in another version is replaced. Exports are written from the stored
 * documents, which keep the provisions' search tokens out (see {@link ProvisionSearchFields}), so a provision
 * without them gets them derived before it is written.
 */
@Service
public class ExportImporter {

    public static final String LAWS = "laws.jsonl";
    public static final String PROVISIONS = "provisions.jsonl";

    /** Receives the outcome of each law; {@code context} names it as {@code laws.jsonl#<id>} or by line. */
    public interface Listener {

        void imported(String context, String lawId, String title, int provisions);

        /** The catalog already holds this version of the law (same id, source and content hash). */
        void unchanged(String context, String lawId, String title);

        void failed(String context, String message);
    }

    private final CatalogRepository catalog;
    private final ProvisionSearchFields searchFields;
    private final JsonMapper json;

    ExportImporter(CatalogRepository catalog, ProvisionSearchFields searchFields, ElasticsearchClient client) {
        this.catalog = catalog;
        this.searchFields = searchFields;
        // The documents were written to the index, and so exported, by the Elasticsearch client's own mapper.
        this.json = ((Jackson3JsonpMapper) client._jsonpMapper()).objectMapper();
    }

    /** Whether the folder holds an export. */
    public static boolean isExport(Path folder) {
        return Files.isRegularFile(folder.resolve(LAWS)) && Files.isRegularFile(folder.resolve(PROVISIONS));
    }

    /** The number of laws in the export, for progress. */
    public int countLaws(Path folder) {
        try (var lines = Files.lines(folder.resolve(LAWS), StandardCharsets.UTF_8)) {
            return (int) lines.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder.resolve(LAWS) + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param writeFailed told when Elasticsearch rejects a law already reported as imported (context, message)
     * @param written     each law handed to the writer with its provisions, e.g. to derive its relations
     */
    public void importFolder(Path folder, Listener listener, BiConsumer<String, String> writeFailed,
            BiConsumer<LawDocument, List<ProvisionDocument>> written) {
        Map<String, CatalogRepository.CatalogEntry> known = new HashMap<>();
        catalog.sources("").forEach(entry -> known.put(entry.sourceKey(), entry));
        try (BufferedReader laws = Files.newBufferedReader(folder.resolve(LAWS), StandardCharsets.UTF_8);
                ProvisionLines provisions = new ProvisionLines(
                        Files.newBufferedReader(folder.resolve(PROVISIONS), StandardCharsets.UTF_8), listener);
                CatalogBulkWriter writer = catalog.openBulkWriter(writeFailed)) {
            int lineNumber = 0;
            for (String line = laws.readLine(); line != null; line = laws.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                LawDocument law;
                try {
                    law = json.readValue(line, LawDocument.class);
                } catch (JacksonException e) {
                    listener.failed(LAWS + ":" + lineNumber, LAWS + " line " + lineNumber + " is not a law record ("
                            + e.getOriginalMessage() + "); it was skipped, fix or remove the line and import again");
                    continue;
                }
                if (law.id() == null || law.sourceKey() == null) {
                    listener.failed(LAWS + ":" + lineNumber, LAWS + " line " + lineNumber + " has no id or sourceKey;"
                            + " it was skipped");
                    continue;
                }
                List<ProvisionDocument> own = provisions.of(law.id());
                String context = LAWS + "#" + law.id();
                CatalogRepository.CatalogEntry previous = known.get(law.sourceKey());
                if (previous != null && previous.id().equals(law.id())
                        && Objects.equals(previous.contentHash(), law.contentHash())) {
                    listener.unchanged(context, law.id(), law.title());
                    continue;
                }
                List<ProvisionDocument> searchable = withTokens(own);
                writer.put(law, searchable, previous, context);
                written.accept(law, searchable);
                listener.imported(context, law.id(), law.title(), searchable.size());
            }
            provisions.rest();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the export in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The provisions of one law, those without search tokens given them; their number is the law's size. */
    private List<ProvisionDocument> withTokens(List<ProvisionDocument> provisions) {
        List<ProvisionDocument> out = new ArrayList<>(provisions.size());
        for (ProvisionDocument p : provisions) {
            out.add(hasTokens(p.search()) ? p : searchFields.withTokens(p, provisions.size()));
        }
        return out;
    }

    private static boolean hasTokens(SearchFields search) {
        return search != null && search.textTokens() != null && search.textGrams() != null
                && search.titleTokens() != null && search.pathTokens() != null;
    }

    /** The instrument type stored under this enum name, {@link InstrumentType#OTHER} when unknown. */
    static InstrumentType typeNamed(String name) {
        for (InstrumentType type : InstrumentType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return InstrumentType.OTHER;
    }

    /** provisions.jsonl read ahead by one record, handed out law by law. */
    private final class ProvisionLines implements AutoCloseable {

        private final BufferedReader in;
        private final Listener listener;
        private ProvisionDocument next;
        private int lineNumber;

        ProvisionLines(BufferedReader in, Listener listener) throws IOException {
            this.in = in;
            this.listener = listener;
            advance();
        }

        /** The provisions of this law; those of laws ordered before it that laws.jsonl skipped are reported. */
        List<ProvisionDocument> of(String lawId) throws IOException {
            List<ProvisionDocument> out = new ArrayList<>();
            while (next != null && next.lawId().compareTo(lawId) <= 0) {
                if (next.lawId().equals(lawId)) {
                    out.add(next);
                } else {
                    orphan();
                }
                advance();
            }
            return out;
        }

        /** Reports the provisions left after the last law. */
        void rest() throws IOException {
            while (next != null) {
                orphan();
                advance();
            }
        }

        private void orphan() {
            listener.failed(PROVISIONS + ":" + lineNumber, PROVISIONS + " line " + lineNumber + ": provision "
                    + next.id() + " belongs to law " + next.lawId() + ", which " + LAWS + " does not list in the "
                    + "export's order (laws by id, provisions by law id); it was skipped");
        }

        private void advance() throws IOException {
            next = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    ProvisionDocument p = json.readValue(line, ProvisionDocument.class);
                    if (p.lawId() != null && p.id() != null) {
                        next = p;
                        return;
                    }
                    listener.failed(PROVISIONS + ":" + lineNumber, PROVISIONS + " line " + lineNumber
                            + " has no id or lawId; it was skipped");
                } catch (JacksonException e) {
                    listener.failed(PROVISIONS + ":" + lineNumber, PROVISIONS + " line " + lineNumber
                            + " is not a provision record (" + e.getOriginalMessage() + "); it was skipped");
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
