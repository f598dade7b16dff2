package org.kotmai.ingest;

import org.kotmai.web.BadRequestException;

import java.util.Locale;

/** Kinds of bulk import. */
public enum ImportSource {
    /** A Krisdika dump: {@code law_url_df.csv} with {@code law/<sysid>.txt}. */
    KRISDIKA,
    /** Any folder of law files, with optional {@code .meta.yaml} sidecars. */
    FOLDER,
    /** A catalog export: {@code laws.jsonl} with {@code provisions.jsonl} (see {@code org.kotmai.opendata}). */
    EXPORT;

    static ImportSource parse(String value) {
        if (value == null) {
            throw new BadRequestException("source", "missing; use \"krisdika\", \"folder\" or \"export\".");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("source", "'" + value + "' is not a known source; use \"krisdika\", "
                    + "\"folder\" or \"export\".");
        }
    }
}
