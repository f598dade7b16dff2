package org.kotmai.search;

import java.nio.file.Path;
import java.util.List;

import org.kotmai.catalog.LawStatus;
import org.kotmai.ingest.FileReport;
import org.kotmai.ingest.IngestService;
import org.kotmai.ingest.SourceDocument;
import org.kotmai.ingest.SourceMetadata;

/** Two small laws written for the search tests, catalogued through the real ingest. */
final class SearchFixtures {

    static final String GOATS = "act-2568-การเลี้ยงแพะในชุมชน";
    static final String CANALS = "act-2569-รักษาคลองสาธารณะ";

    private SearchFixtures() {
    }

    static void catalog(IngestService ingest) {
        ingest(ingest, "goat-act.txt", "T-GOAT", "เกษตร และสหกรณ์", "กรมปศุสัตว์");
        ingest(ingest, "canal-act.txt", "T-CANAL", "ทรัพยากรธรรมชาติ พลังงาน และสิ่งแวดล้อม", "กรมเจ้าท่า");
    }

    private static void ingest(IngestService ingest, String file, String sourceId, String group, String agency) {
        Path path = Path.of("src/test/resources/search", file);
        FileReport report = ingest.ingest(new SourceDocument("test:" + file, file, path, new SourceMetadata(null, null,
                sourceId, null, List.of(group), LawStatus.IN_FORCE, agency, null)));
        if (report.outcome() == FileReport.Outcome.ERROR) {
            throw new IllegalStateException("fixture " + file + " was not catalogued: " + report.messages());
        }
    }
}
