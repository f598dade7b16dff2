package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.IngestService;
import org.springframework.beans.factory.annotation.Autowired;

@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-search-recent")
class RecentUnderstandingsIntegrationTest {

    @Autowired
    IngestService ingest;
    @Autowired
    RecentUnderstandings recent;
    @Autowired
    LawDirectory directory;

    @BeforeEach
    void catalogFixtures() {
        SearchFixtures.catalog(ingest);
        directory.invalidate();
    }

    @Test
    void aRepeatedQueryIsReadOnceUntilTheLawTableChanges() {
        Understanding first = recent.understand("พระราชบัญญัติการเลี้ยงแพะในชุมชน มาตรา 8");

        assertThat(recent.understand("พระราชบัญญัติการเลี้ยงแพะในชุมชน มาตรา 8")).isSameAs(first);
        directory.invalidate();
        Understanding reread = recent.understand("พระราชบัญญัติการเลี้ยงแพะในชุมชน มาตรา 8");

        assertThat(reread).isNotSameAs(first).isEqualTo(first);
        assertThat(reread.citations()).extracting(c -> c.law().id()).containsOnly(SearchFixtures.GOATS);
    }

    @Test
    void aLongPastedTextIsReadEachTime() {
        String pasted = "ผู้ใดเลี้ยงแพะในชุมชนต้องขึ้นทะเบียน ".repeat(20);

        assertThat(recent.understand(pasted)).isNotSameAs(recent.understand(pasted))
                .isEqualTo(recent.understand(pasted));
    }
}
