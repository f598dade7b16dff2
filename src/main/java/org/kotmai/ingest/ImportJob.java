package org.kotmai.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running or finished bulk import. Thread-safe: workers record outcomes while the API reads
 * {@link #status()}.
 */
final class ImportJob {

    enum State { QUEUED, RUNNING, DONE, FAILED }

    private final String id;
    private final String source;
    private final Path path;
    private final List<FileReport> reports = new ArrayList<>();
    private final AtomicInteger provisions = new AtomicInteger();
    private volatile State state = State.QUEUED;
    private volatile int total;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String failure;

    ImportJob(String id, String source, Path path) {
        this.id = id;
        this.source = source;
        this.path = path;
    }

    String id() {
        return id;
    }

    void started(int total) {
        this.total = total;
        this.startedAt = Instant.now();
        this.state = State.RUNNING;
    }

    void record(FileReport report) {
        synchronized (reports) {
            reports.add(report);
        }
        if (report.outcome() == FileReport.Outcome.OK || report.outcome() == FileReport.Outcome.WARNINGS) {
            provisions.addAndGet(report.provisions());
        }
    }

    /** A write that failed after the file was reported as catalogued turns its report into an error. */
    void writeFailed(String file, String message) {
        synchronized (reports) {
            for (int i = 0; i < reports.size(); i++) {
                FileReport r = reports.get(i);
                if (r.file().equals(file) && r.outcome() != FileReport.Outcome.ERROR) {
                    provisions.addAndGet(-r.provisions());
                    reports.set(i, new FileReport(file, FileReport.Outcome.ERROR, r.lawId(), r.title(), 0,
                            List.of(file + ": " + message)));
                    return;
                }
            }
        }
    }

    void finished() {
        finishedAt = Instant.now();
        state = State.DONE;
    }

    void failed(String reason) {
        failure = reason;
        finishedAt = Instant.now();
        state = State.FAILED;
    }

    ImportStatus status() {
        List<FileReport> copy;
        synchronized (reports) {
            copy = List.copyOf(reports);
        }
        int processed = copy.size();
        Instant end = finishedAt != null ? finishedAt : Instant.now();
        double seconds = startedAt == null ? 0 : Duration.between(startedAt, end).toMillis() / 1000.0;
        double rate = seconds > 0 ? processed / seconds : 0;
        Double eta = state == State.RUNNING && rate > 0 ? (total - processed) / rate : null;
        return new ImportStatus(id, source, path.toString(), state.name(), total, processed,
                count(copy, FileReport.Outcome.OK), count(copy, FileReport.Outcome.WARNINGS),
                count(copy, FileReport.Outcome.ERROR), count(copy, FileReport.Outcome.UNCHANGED),
                provisions.get(), startedAt, finishedAt, round(seconds), round(rate),
                seconds > 0 ? round(provisions.get() / seconds) : 0, eta == null ? null : round(eta), failure, copy);
    }

    private static int count(List<FileReport> reports, FileReport.Outcome outcome) {
        return (int) reports.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
