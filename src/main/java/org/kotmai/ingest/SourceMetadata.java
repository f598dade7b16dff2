package org.kotmai.ingest;

import java.time.LocalDate;
import java.util.List;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

/**
 * What a source says about a document beyond its text: a Krisdika listing row, or a
 * {@code <file>.meta.yaml} sidecar. Every field is optional; values here win over what the parser
 * infers, because they come from a person or an official listing.
 *
 * @param title         official title
 * @param type          instrument type
 * @param sourceId      the source's own identifier (Krisdika sysid)
 * @param sourceUrl     where the official text can be read
 * @param subjectGroups subject groups (Krisdika หมวดหมู่)
 * @param status        in force / awaiting commencement / repealed
 * @param agency        the agency in charge
 * @param effectiveDate date of entry into force
 */
public record SourceMetadata(String title, InstrumentType type, String sourceId, String sourceUrl,
        List<String> subjectGroups, LawStatus status, String agency, LocalDate effectiveDate) {

    public SourceMetadata {
        subjectGroups = subjectGroups == null ? List.of() : List.copyOf(subjectGroups);
    }

    public static SourceMetadata empty() {
        return new SourceMetadata(null, null, null, null, List.of(), null, null, null);
    }
}
