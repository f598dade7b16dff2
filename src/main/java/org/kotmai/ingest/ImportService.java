package org.kotmai.ingest;

import org.kotmai.web.BadRequestException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.kotmai.catalog.CatalogBulkWriter;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.relations.RelationBatch;
import org.kotmai.relations.RelationIndexer;
import org.kotmai.opendata.ExportImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk imports: a Krisdika dump or a folder of law files. One import runs at a time; within it, files
 * are extracted and parsed on every core while Elasticsearch receives them in bulk.
 */
@Service
public class ImportService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final IngestService ingest;
    private final CatalogRepository catalog;
    private final ImportStore store;
    private final IngestProperties properties;
    private final JsonMapper json;
    private final RelationIndexer relations;
    private final ExportImporter exports;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> daemon(r, "kotmai-import"));
    private final ScheduledExecutorService progress =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kotmai-import-progress"));
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportService(IngestService ingest, CatalogRepository catalog, ImportStore store, IngestProperties properties,
            JsonMapper json, RelationIndexer relations, ExportImporter exports) {
        this.ingest = ingest;
        this.catalog = catalog;
        this.store = store;
        this.properties = properties;
        this.json = json;
        this.relations = relations;
        this.exports = exports;
    }

    /** Validates the request and starts the import in the background. */
    public ImportStatus start(ImportSource source, Path path) {
        ImportJob job = newJob(source, path);
        runner.submit(() -> execute(job, source));
        return job.status();
    }

    /** Runs an import in the calling thread, for the command line. */
    public ImportStatus run(ImportSource source, Path path) {
        ImportJob job = newJob(source, path);
        execute(job, source);
        return job.status();
    }

    public Optional<ImportStatus> find(String id) {
        ImportJob job = jobs.get(id);
        return job != null ? Optional.of(job.status()) : store.find(id);
    }

    private ImportJob newJob(ImportSource source, Path path) {
        Path folder = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new BadRequestException("path", folder + " is not a folder on the server. Give the path of a "
                    + (source == ImportSource.KRISDIKA ? "Krisdika dump (with law_url_df.csv)" : "folder of law files")
                    + ".");
        }
        if (source == ImportSource.KRISDIKA && !Files.isRegularFile(folder.resolve(KrisdikaDump.LISTING))) {
            throw new BadRequestException("path", folder + " has no " + KrisdikaDump.LISTING
                    + "; a Krisdika import needs the listing and law/<sysid>.txt files.");
        }
        if (source == ImportSource.EXPORT && !ExportImporter.isExport(folder)) {
            throw new BadRequestException("path", folder + " has no " + ExportImporter.LAWS + " and "
                    + ExportImporter.PROVISIONS + "; an export import needs both files of GET /api/export.");
        }
        String id = "imp-" + ZonedDateTime.now(ZoneOffset.UTC).format(ID_TIME) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(4);
        ImportJob job = new ImportJob(id, source.name().toLowerCase(Locale.ROOT), folder);
        jobs.put(id, job);
        return job;
    }

    private void execute(ImportJob job, ImportSource source) {
        Path folder = Path.of(job.status().path());
        var ticker = progress.scheduleAtFixedRate(() -> logProgress(job), 3, 3, TimeUnit.SECONDS);
        try {
            if (source == ImportSource.EXPORT) {
                importExport(job, folder);
                return;
            }
            List<SourceDocument> documents = new ArrayList<>();
            List<FileReport> problems = new ArrayList<>();
            if (source == ImportSource.KRISDIKA) {
                KrisdikaDump.Contents contents = KrisdikaDump.read(folder);
                documents.addAll(contents.documents());
                problems.addAll(contents.problems());
            } else {
                for (Path file : FolderSource.files(folder)) {
                    documents.add(new SourceDocument("file:" + file, folder.relativize(file).toString(), file, null));
                }
            }
            job.started(documents.size() + problems.size());
            log.info("Import {} started: {} files from {}", job.id(), documents.size(), folder);
            problems.forEach(job::record);
            ingestAll(job, documents);
            job.finished();
            optimizeForSearch(job);
            ImportStatus done = job.status();
            log.info("Import {} finished in {} s: {} catalogued ({} with warnings), {} unchanged, {} errors, "
                    + "{} provisions, {} laws/s", job.id(), done.elapsedSeconds(), done.ok() + done.warnings(),
                    done.warnings(), done.unchanged(), done.errors(), done.provisions(), done.lawsPerSecond());
        } catch (IngestException | RuntimeException e) {
            log.error("Import {} failed: {}", job.id(), e.getMessage(), e);
            job.failed(e.getMessage());
        } finally {
            ticker.cancel(false);
            persist(job.status());
        }
    }

    /** The catalog is complete and searchable already; the merge only speeds searches up, so it may fail quietly. */
    private void optimizeForSearch(ImportJob job) {
        try {
            catalog.optimizeForSearch();
        } catch (RuntimeException e) {
            log.warn("Import {}: the catalog could not be merged for faster searches: {}", job.id(), e.getMessage());
        }
    }

    private void importExport(ImportJob job, Path folder) {
        job.started(exports.countLaws(folder));
        // Relations are not part of the law records: they are derived again, as for any other import.
        try (RelationBatch related = relations.open()) {
            importExport(job, folder, related);
        }
        job.finished();
        log.info("Import {} of the export in {} finished: {} laws, {} provisions", job.id(), folder,
                job.status().ok(), job.status().provisions());
    }

    private void importExport(ImportJob job, Path folder, RelationBatch related) {
        exports.importFolder(folder, new ExportImporter.Listener() {
            @Override
            public void imported(String context, String lawId, String title, int provisions) {
                job.record(new FileReport(context, FileReport.Outcome.OK, lawId, title, provisions, List.of()));
            }

            @Override
            public void unchanged(String context, String lawId, String title) {
                job.record(new FileReport(context, FileReport.Outcome.UNCHANGED, lawId, title, 0, List.of()));
            }

            @Override
            public void failed(String context, String message) {
                job.record(FileReport.error(context, message));
            }
        }, job::writeFailed, related::add);
    }

    private void ingestAll(ImportJob job, List<SourceDocument> documents) {
        // One read of the catalog's entries instead of two lookups per file.
        Map<String, CatalogRepository.CatalogEntry> known = new HashMap<>();
        catalog.sources("").forEach(entry -> known.put(entry.sourceKey(), entry));
        LawIdAllocator ids = LawIdAllocator.knowing(known.values());
        // Declared first so that it closes last: relations are resolved against the catalog once it is written.
        try (RelationBatch related = relations.open();
                CatalogBulkWriter writer = catalog.openBulkWriter(job::writeFailed)) {
            OrderedIngest.run(documents.size(), properties.effectiveWorkers(), new OrderedIngest.Stages<Loaded>() {
                @Override
                public Loaded read(int index) {
                    SourceDocument document = documents.get(index);
                    return load(document, known.get(document.sourceKey()));
                }

                @Override
                public Runnable ordered(int index, Loaded loaded) {
                    if (loaded.report() != null) {
                        job.record(loaded.report());
                        return null;
                    }
                    String lawId = ids.allocate(loaded.read());
                    return () -> job.record(write(loaded.read(), lawId, writer, related));
                }

                @Override
                public void failed(int index, RuntimeException failure) {
                    job.record(unexpected(documents.get(index), failure));
                }
            });
        }
    }

    /** A file read and parsed, or the report that ends its import (unchanged or an error). */
    private record Loaded(IngestService.Read read, FileReport report) {
    }

    private Loaded load(SourceDocument document, CatalogRepository.CatalogEntry previous) {
        try {
            SourceDocument withMetadata = document.metadata() != null ? document
                    : new SourceDocument(document.sourceKey(), document.fileName(), document.file(),
                            SidecarReader.read(document.file()));
            IngestService.Read read = ingest.read(withMetadata, previous);
            return read.unchanged() != null ? new Loaded(null, read.unchanged().report()) : new Loaded(read, null);
        } catch (IngestException e) {
            return new Loaded(null, FileReport.error(document.fileName(), e.getMessage()));
        }
    }

    private FileReport write(IngestService.Read read, String lawId, CatalogBulkWriter writer, RelationBatch related) {
        IngestService.Prepared prepared = ingest.finish(read, lawId);
        writer.put(prepared.documents().law(), prepared.documents().provisions(), prepared.previous(),
                read.source().fileName());
        related.add(prepared.documents().law(), prepared.documents().provisions());
        return prepared.report();
    }

    private static FileReport unexpected(SourceDocument document, RuntimeException e) {
        log.warn("Unexpected failure on {}", document.fileName(), e);
        return FileReport.error(document.fileName(), document.fileName() + ": could not be catalogued ("
                + e + "); the import went on without it.");
    }

    private void logProgress(ImportJob job) {
        ImportStatus s = job.status();
        if ("RUNNING".equals(s.state())) {
            log.info("Import {}: {}/{} files ({}%), {} laws/s, {} provisions/s, ETA {} s", s.id(), s.processed(),
                    s.total(), s.total() == 0 ? 100 : s.processed() * 100 / s.total(), s.lawsPerSecond(),
                    s.provisionsPerSecond(), s.etaSeconds());
        }
    }

    private void persist(ImportStatus status) {
        try {
            store.save(status);
        } catch (RuntimeException e) {
            log.warn("Import {}: could not store its status in Elasticsearch: {}", status.id(), e.getMessage());
        }
        try {
            Files.createDirectories(properties.reportsDir());
            Path file = properties.reportsDir().resolve(status.id() + ".json");
            json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), status);
            log.info("Import {}: ingest report written to {}", status.id(), file.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            log.warn("Import {}: could not write the ingest report file: {}", status.id(), e.getMessage());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
        progress.shutdownNow();
    }
}
