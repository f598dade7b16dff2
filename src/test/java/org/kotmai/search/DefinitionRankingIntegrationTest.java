package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.LawStatus;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.FileReport;
import org.kotmai.ingest.IngestService;
import org.kotmai.ingest.SourceDocument;
import org.kotmai.ingest.SourceMetadata;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A code-style definition ("อันว่าฝากรังนั้น คือ…") comes first for its term, on a small law written for it whose
 * other sections repeat the term in fewer words, which alone would rank them higher.
 */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-search-definition",
        "kotmai.search.law-table-ttl=0s"})
class DefinitionRankingIntegrationTest {

    @Autowired
    IngestService ingest;
    @Autowired
    SearchService search;

    @BeforeEach
    void catalogFixture() {
        Path path = Path.of("src/test/resources/search/hive-act.txt");
        FileReport report = ingest.ingest(new SourceDocument("test:hive-act.txt", "hive-act.txt", path,
                new SourceMetadata(null, null, "T-HIVE", null, List.of(), LawStatus.IN_FORCE, null, null)));
        assertThat(report.outcome()).isNotEqualTo(FileReport.Outcome.ERROR);
    }

    @Test
    void theSectionDefiningTheTermTypedComesFirst() {
        assertThat(provisions("ฝากรัง")).first().isEqualTo("4");
    }

    @Test
    void aQueryLongerThanATermIsRankedOnItsWordsAlone() {
        assertThat(provisions("ผู้รับฝากรังต้องคืนรังทันทีเมื่อเรียกคืนหรือไม่")).first().isEqualTo("5");
    }

    private List<String> provisions(String q) {
        return search.search(new SearchRequest(q, null, null, null, null, null, null, 0, 5)).hits().stream()
                .map(SearchHit::provision).filter(p -> !p.isEmpty()).toList();
    }
}
