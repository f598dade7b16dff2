package org.kotmai.ingest;

import java.util.List;

/**
 * The outcome of ingesting one file, as listed in an ingest report.
 *
 * @param file      the file name as given
 * @param outcome   what happened
 * @param lawId     the catalog id of the law, when one was written or kept
 * @param title     the law's title, when known
 * @param provisions number of provisions catalogued
 * @param messages  warnings or the error, each naming what is wrong and what to do
 */
public record FileReport(String file, Outcome outcome, String lawId, String title, int provisions,
        List<String> messages) {

    public enum Outcome {
        /** Catalogued without remarks. */
        OK,
        /** Catalogued, with remarks worth a look. */
        WARNINGS,
        /** Not catalogued; any earlier catalogued version is untouched. */
        ERROR,
        /** Same content as already catalogued; nothing written. */
        UNCHANGED,
        /** The file is gone, so its law was removed from the catalog. */
        REMOVED
    }

    static FileReport error(String file, String message) {
        return new FileReport(file, Outcome.ERROR, null, null, 0, List.of(message));
    }
}
