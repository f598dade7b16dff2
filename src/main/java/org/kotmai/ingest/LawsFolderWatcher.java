package org.kotmai.ingest;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.kotmai.catalog.CatalogRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalog in step with the {@code laws/} folder: at start every file is compared with the
 * catalog (new and changed files are catalogued, laws whose file is gone are removed); afterwards
 * file-system events do the same for the files they name. A sidecar change re-ingests its law file.
 */
@Component
class LawsFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LawsFolderWatcher.class);
    private static final String KEY_PREFIX = "laws:";
    /** Editors write files in several steps; events are gathered for this long before acting. */
    private static final long SETTLE_MILLIS = 750;

    private final IngestService ingest;
    private final CatalogRepository catalog;
    private final IngestProperties properties;
    private volatile WatchService watcher;
    private volatile Thread thread;

    LawsFolderWatcher(IngestService ingest, CatalogRepository catalog, IngestProperties properties) {
        this.ingest = ingest;
        this.catalog = catalog;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.watch()) {
            return;
        }
        Path root = properties.lawsDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            log.warn("Not watching {}: {}", root, e.getMessage());
            return;
        }
        thread = new Thread(() -> run(root), "kotmai-laws-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Thread t = thread;
        thread = null;
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            log.debug("closing the watch service", e);
        }
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** After the Elasticsearch node and the index manager are up. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void run(Path root) {
        try {
            registerTree(root);
            synchronize(root);
            while (thread != null) {
                WatchKey key = watcher.take();
                Set<Path> changed = new HashSet<>();
                collect(key, changed);
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (changed.contains(root)) {
                    synchronize(root);
                } else {
                    changed.forEach(path -> apply(root, path));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.error("Watching {} stopped: {}", root, e.getMessage(), e);
        }
    }

    private void collect(WatchKey key, Set<Path> changed) throws IOException {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add(properties.lawsDir().toAbsolutePath().normalize());
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
                changed.add(properties.lawsDir().toAbsolutePath().normalize());
            }
            if (event.kind() == ENTRY_DELETE && FolderSource.extension(path).isEmpty()) {
                // Most likely a folder: its files send no events of their own.
                changed.add(properties.lawsDir().toAbsolutePath().normalize());
            }
            changed.add(SidecarReader.isSidecar(path) ? lawFileOf(path) : path);
        }
        key.reset();
    }

    /** Brings the whole folder and the catalog into agreement. */
    private void synchronize(Path root) throws IOException {
        List<Path> files;
        try {
            files = FolderSource.files(root);
        } catch (IngestException e) {
            log.warn(e.getMessage());
            return;
        }
        Set<String> present = new HashSet<>();
        int catalogued = 0;
        for (Path file : files) {
            if (!FolderSource.KNOWN_EXTENSIONS.contains(FolderSource.extension(file))) {
                continue;
            }
            present.add(keyOf(root, file));
            if (apply(root, file)) {
                catalogued++;
            }
        }
        for (CatalogRepository.CatalogEntry law : catalog.sources(KEY_PREFIX)) {
            if (!present.contains(law.sourceKey())) {
                ingest.remove(law.sourceKey(), law.sourceKey().substring(KEY_PREFIX.length()))
                        .ifPresent(r -> log.info("laws/{}: file gone, law {} removed from the catalog", r.file(),
                                r.lawId()));
            }
        }
        log.info("laws folder {}: {} files, {} catalogued or updated", root, files.size(), catalogued);
    }

    /** Catalogs, re-catalogs or removes one path. Returns true when something was written. */
    private boolean apply(Path root, Path file) {
        String key = keyOf(root, file);
        String name = root.relativize(file).toString();
        if (!Files.exists(file)) {
            ingest.remove(key, name).ifPresent(r -> log.info("laws/{}: deleted, law {} removed", name, r.lawId()));
            return false;
        }
        if (!Files.isRegularFile(file) || !FolderSource.isCandidate(file)
                || !FolderSource.KNOWN_EXTENSIONS.contains(FolderSource.extension(file))) {
            return false;
        }
        SourceMetadata metadata;
        try {
            metadata = SidecarReader.read(file);
        } catch (IngestException e) {
            log.warn("laws/{}: {}", name, e.getMessage());
            return false;
        }
        FileReport report = ingest.ingest(new SourceDocument(key, name, file, metadata));
        switch (report.outcome()) {
            case ERROR -> log.warn("laws/{}: not catalogued: {}", name, String.join(" ", report.messages()));
            case UNCHANGED -> log.debug("laws/{}: unchanged", name);
            default -> log.info("laws/{}: catalogued as {} ({} provisions){}", name, report.lawId(),
                    report.provisions(), report.messages().isEmpty() ? "" : ", warnings: " + report.messages());
        }
        return report.outcome() == FileReport.Outcome.OK || report.outcome() == FileReport.Outcome.WARNINGS;
    }

    private void registerTree(Path dir) throws IOException {
        try (var dirs = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private static Path lawFileOf(Path sidecar) {
        String name = sidecar.getFileName().toString();
        return sidecar.resolveSibling(name.substring(0, name.length() - SidecarReader.SUFFIX.length()));
    }

    private static String keyOf(Path root, Path file) {
        return KEY_PREFIX + root.relativize(file).toString().replace('\\', '/');
    }
}
