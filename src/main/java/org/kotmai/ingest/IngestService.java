package org.kotmai.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.CatalogRepository.CatalogEntry;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.ProvisionSearchFields;
import org.kotmai.extract.DocumentExtractor;
import org.kotmai.extract.ExtractedDocument;
import org.kotmai.relations.RelationBatch;
import org.kotmai.relations.RelationIndexer;
import org.kotmai.statute.NotALegalInstrumentException;
import org.kotmai.statute.ParseHints;
import org.kotmai.statute.ParsedLaw;
import org.kotmai.statute.StatuteParser;
import org.kotmai.thai.RepairedText;
import org.kotmai.thai.ThaiTextRepair;
import org.springframework.stereotype.Service;

/**
 * Catalogs one document: extract, repair, parse, map, write. Nothing is written unless every step
 * before the write succeeded, so a bad file never damages the catalogued version of its law.
 */
@Service
public class IngestService {

    /**
     * Part of every content hash: raise it when extraction, repair or parsing changes what is
     * catalogued, or when an index derived from the laws starts empty in a new shape (relations, 8), so that
     * unchanged files are re-ingested once with the new rules.
     */
    static final String PIPELINE_VERSION = "8";

    private final DocumentExtractor extractor;
    private final ThaiTextRepair repair;
    private final StatuteParser parser;
    private final CatalogRepository catalog;
    private final ProvisionSearchFields searchFields;
    private final RelationIndexer relations;

    IngestService(DocumentExtractor extractor, ThaiTextRepair repair, StatuteParser parser, CatalogRepository catalog,
            ProvisionSearchFields searchFields, RelationIndexer relations) {
        this.extractor = extractor;
        this.repair = repair;
        this.parser = parser;
        this.catalog = catalog;
        this.searchFields = searchFields;
        this.relations = relations;
    }

    /** Catalogs one document and waits until it is searchable. */
    public FileReport ingest(SourceDocument source) {
        try {
            Prepared prepared = prepare(source, LawIdAllocator.lookingUp(catalog),
                    catalog.findEntry(source.sourceKey()).orElse(null));
            if (prepared.unchanged()) {
                return prepared.report();
            }
            catalog.replaceLaw(prepared.documents().law(), prepared.documents().provisions(), prepared.previous());
            try (RelationBatch related = relations.open()) {
                related.add(prepared.documents().law(), prepared.documents().provisions());
            }
            return prepared.report();
        } catch (IngestException e) {
            return FileReport.error(source.fileName(), e.getMessage());
        } catch (RuntimeException e) {
            return FileReport.error(source.fileName(), source.fileName() + ": could not be catalogued ("
                    + e.getMessage() + "). The catalogued version, if any, is unchanged; retry, and report the "
                    + "file if it keeps failing.");
        }
    }

    /** Removes the law catalogued from this source, if any. */
    public Optional<FileReport> remove(String sourceKey, String fileName) {
        return catalog.findEntry(sourceKey).map(law -> {
            catalog.deleteLaw(law.id());
            relations.removed(law.id());
            return new FileReport(fileName, FileReport.Outcome.REMOVED, law.id(), law.title(), 0, List.of());
        });
    }

    /**
     * Everything up to the write. Returns {@code unchanged} when the catalogued version of the same
     * source has the same content hash.
     *
     * @param previous the catalog's entry for the same source, or null when it has none
     */
    Prepared prepare(SourceDocument source, LawIdAllocator ids, CatalogEntry previous) throws IngestException {
        Read read = read(source, previous);
        return read.unchanged() != null ? read.unchanged() : finish(read, ids.allocate(read));
    }

    /**
     * Extracts, repairs and parses: everything that does not need the law's id, so that an import can read
     * files in parallel and still hand out ids in file order.
     *
     * @param previous the catalog's entry for the same source, or null when it has none
     */
    Read read(SourceDocument source, CatalogEntry previous) throws IngestException {
        String hash = contentHash(source);
        if (previous != null && hash.equals(previous.contentHash())) {
            return Read.unchanged(source, previous, Prepared.unchanged(new FileReport(source.fileName(),
                    FileReport.Outcome.UNCHANGED, previous.id(), previous.title(),
                    previous.provisionCount() == null ? 0 : previous.provisionCount(), List.of())));
        }
        ExtractedDocument extracted = extract(source);
        ThaiTextRepair.Repairs repairs = repair.repairBothWays(extracted.text(), extracted.fromPdf());
        RepairedText repaired = repairs.normalised();
        ParsedLaw parsed = parse(source, repairs.keepingLayout().text());
        List<String> warnings = new ArrayList<>(extracted.warnings());
        parsed.warnings().forEach(w -> warnings.add(source.fileName() + ": " + w));
        String title = source.metadata().title() != null ? source.metadata().title() : parsed.title();
        return new Read(source, previous, hash, extracted.mediaType(), repaired, parsed, warnings, title, null);
    }

    /** Maps a read document under the id allocated to it. */
    Prepared finish(Read read, String lawId) {
        CatalogMapper.Documents documents = CatalogMapper.map(lawId, read.hash(), read.source(), read.mediaType(),
                read.repaired(), read.parsed(), read.warnings(), searchFields);
        FileReport report = new FileReport(read.source().fileName(),
                read.warnings().isEmpty() ? FileReport.Outcome.OK : FileReport.Outcome.WARNINGS, lawId,
                documents.law().title(), documents.provisions().size(), List.copyOf(read.warnings()));
        return new Prepared(documents, read.previous(), report, false);
    }

    private ExtractedDocument extract(SourceDocument source) throws IngestException {
        try {
            return source.declaresThaiPlainText() ? extractor.extractDeclaredText(source.fileName(), source.file())
                    : extractor.extract(source.fileName(), source.file());
        } catch (Exception e) {
            throw new IngestException(e.getMessage(), e);
        }
    }

    private ParsedLaw parse(SourceDocument source, String text) throws IngestException {
        try {
            return parser.parse(text, new ParseHints(source.metadata().title(), source.metadata().type()));
        } catch (NotALegalInstrumentException e) {
            throw new IngestException(source.fileName() + ": not catalogued because it does not read as a legal "
                    + "instrument (" + e.getMessage() + "). Check that this is the text of a law, decree, "
                    + "regulation or notification.", e);
        }
    }

    private static String contentHash(SourceDocument source) throws IngestException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(source.file()), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            digest.update((PIPELINE_VERSION + "|" + source.metadata()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new IngestException(source.fileName() + ": cannot be read (" + e.getMessage()
                    + "). Check that the file exists and is readable.", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /**
     * A document extracted and parsed but not yet mapped, or ({@code unchanged} not null) one whose
     * catalogued version is current.
     */
    record Read(SourceDocument source, CatalogEntry previous, String hash, String mediaType, RepairedText repaired,
            ParsedLaw parsed, List<String> warnings, String title, Prepared unchanged) {

        static Read unchanged(SourceDocument source, CatalogEntry previous, Prepared unchanged) {
            return new Read(source, previous, null, null, null, null, List.of(), null, unchanged);
        }
    }

    /** A document ready to write, or the note that nothing changed. */
    record Prepared(CatalogMapper.Documents documents, CatalogEntry previous, FileReport report, boolean unchanged) {

        static Prepared unchanged(FileReport report) {
            return new Prepared(null, null, report, true);
        }
    }
}
