package org.kotmai.ingest;

import java.time.Instant;
import java.util.List;

/**
 * State, progress and report of an import.
 *
 * @param state          QUEUED, RUNNING, DONE or FAILED
 * @param total          files to process
 * @param processed      files processed so far
 * @param errors         files not catalogued (see {@code report})
 * @param unchanged      files skipped because the catalog already has the same content
 * @param lawsPerSecond  files processed per second so far
 * @param etaSeconds     estimated seconds left, while running
 * @param failure        why the whole import failed, when it did
 * @param report         one entry per processed file
 */
public record ImportStatus(String id, String source, String path, String state, int total, int processed, int ok,
        int warnings, int errors, int unchanged, int provisions, Instant startedAt, Instant finishedAt,
        double elapsedSeconds, double lawsPerSecond, double provisionsPerSecond, Double etaSeconds, String failure,
        List<FileReport> report) {
}
