package org.kotmai.relations;

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
 * The relations index read again from the catalog when it is empty, as after an upgrade that changed its mapping:
 * with the two synthetic hive laws, one of them a draft, the rebuilt relations are exactly those the ingest stored.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-relations-rebuild")
class RelationRebuildIntegrationTest {

    private static final String ACT = "act-2560-รังผึ้งชุมชน";
    private static final String DRAFT = "hive-regulation.txt";
    private static final List<String> FILES = List.of(DRAFT, "hive-act.txt");

    @Autowired
    IngestService ingest;
    @Autowired
    RelationRebuild rebuild;
    @Autowired
    RelationStore store;

    /** Catalogued afresh each time, so that the ingest, not an earlier rebuild, wrote the relations. */
    @BeforeEach
    void catalogBothLawsAfresh() {
        for (String name : FILES) {
            ingest.remove("test:" + name, name);
        }
        for (String name : FILES) {
            // The regulation as a draft: drafts are left out of the catalog's usual listings, not of the relations.
            SourceMetadata metadata = name.equals(DRAFT) ? new SourceMetadata(null, null, null, null, List.of(),
                    LawStatus.DRAFT, null, null) : SourceMetadata.empty();
            FileReport report = ingest.ingest(new SourceDocument("test:" + name, name,
                    Path.of("src/test/resources/relations", name), metadata));
            assertThat(report.outcome()).isIn(FileReport.Outcome.OK, FileReport.Outcome.WARNINGS);
        }
    }

    @Test
    void emptyRelationsIndexIsFilledAgainWithWhatTheIngestStored() {
        List<RelationChunk> stored = StoredRelations.all(store);
        assertThat(stored).extracting(RelationChunk::sourceLawId).contains(ACT);
        assertThat(stored).anyMatch(c -> c.resolved() && ACT.equals(c.targetLawId()) && !ACT.equals(c.sourceLawId()));
        assertThat(stored).extracting(RelationChunk::sourceLawId).anyMatch(id -> !id.equals(ACT));

        store.deleteFromSources(stored.stream().map(RelationChunk::sourceLawId).distinct().toList());
        assertThat(store.isEmpty()).isTrue();
        rebuild.start();

        assertThat(StoredRelations.all(store)).isEqualTo(stored);
    }

    @Test
    void relationsIndexHoldingAnyRelationIsLeftAsItIs() {
        store.deleteFromSources(List.of(ACT));
        List<RelationChunk> left = StoredRelations.all(store);
        assertThat(left).isNotEmpty().noneMatch(c -> ACT.equals(c.sourceLawId()));

        rebuild.start();

        assertThat(StoredRelations.all(store)).isEqualTo(left);
    }
}
