package org.kotmai.web.page;

import java.nio.file.Path;
import java.util.List;

import org.kotmai.catalog.LawStatus;
import org.kotmai.ingest.FileReport;
import org.kotmai.ingest.IngestService;
import org.kotmai.ingest.SourceDocument;
import org.kotmai.ingest.SourceMetadata;

/** Two small laws written for the page tests, catalogued through the real ingest (which skips them once stored). */
final class WebFixtures {

    static final String ROOSTERS = "act-2567-การเลี้ยงไก่ชนในหมู่บ้าน";

    private WebFixtures() {
    }

    /** @return the ids of the laws, the act first */
    static List<String> catalog(IngestService ingest) {
        return List.of(
                ingest(ingest, "rooster-act.txt", "W-ROOSTER", "ปกครอง", "กรมการปกครอง"),
                ingest(ingest, "stall-regulation.txt", "W-STALL", "ปกครอง", "กรมส่งเสริมการปกครองท้องถิ่น"));
    }

    /** @return the id of a draft act, for reviews put to public consultation */
    static String draft(IngestService ingest) {
        return ingest(ingest, Path.of("src/test/resources/review/draft-act.txt"), "W-DRAFT", "ปกครอง",
                "กรมการปกครอง", LawStatus.DRAFT);
    }

    private static String ingest(IngestService ingest, String file, String sourceId, String group, String agency) {
        return ingest(ingest, Path.of("src/test/resources/web", file), sourceId, group, agency, LawStatus.IN_FORCE);
    }

    private static String ingest(IngestService ingest, Path path, String sourceId, String group, String agency,
                                 LawStatus status) {
        String file = path.getFileName().toString();
        FileReport report = ingest.ingest(new SourceDocument("test:" + file, file, path, new SourceMetadata(null, null,
                sourceId, "https://example.org/" + sourceId, List.of(group), status, agency, null)));
        if (report.outcome() == FileReport.Outcome.ERROR) {
            throw new IllegalStateException("fixture " + file + " was not catalogued: " + report.messages());
        }
        return report.lawId();
    }
}
