package org.kotmai.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.kotmai.ingest.ImportStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Relations on the full Krisdika catalog, through the real import: counts per kind, the share of cross-law
 * citations resolved to a catalogued law, and a hand-checked sample of 50 relations
 * ({@code relations/sample-50.tsv}) of which at least 95 % must be found as checked; and the relations read again
 * from the catalog, as after an upgrade, equal to those the import stored.
 */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-relations-corpus",
        "logging.level.org.kotmai.ingest=WARN"})
class RelationsCorpusTest {

    private static final Path CORPUS = Path.of("../shared/corpus/krisdika");
    private static final Path SAMPLE = Path.of("src/test/resources/relations/sample-50.tsv");

    @Autowired
    ImportService imports;
    @Autowired
    RelationStore store;
    @Autowired
    RelationQueries queries;
    @Autowired
    CatalogRepository catalog;
    @Autowired
    RelationRebuild rebuild;

    @Test
    void krisdikaRelationsAreCountedResolvedAndMatchTheHandCheckedSample() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/krisdika is absent (a fresh clone): relations are "
                + "measured on the corpus where ../shared exists, as in CI");
        ImportStatus status = imports.run(ImportSource.KRISDIKA, CORPUS);
        assertThat(status.state()).isEqualTo("DONE");

        Map<String, String> idBySysid = new HashMap<>();
        catalog.sources("").forEach(e -> idBySysid.put(e.sourceKey().replaceFirst("^krisdika:", ""), e.id()));
        Map<String, String> sysidById = new HashMap<>();
        idBySysid.forEach((sysid, id) -> sysidById.put(id, sysid));
        Map<RelationKind, Long> counts = new EnumMap<>(RelationKind.class);
        long[] crossLaw = new long[2];
        List<String> dump = new ArrayList<>();
        queries.each(r -> {
            dump.add(String.join("\t", r.kind().name(), sysidById.get(r.sourceLawId()),
                    String.valueOf(r.sourceProvision()), String.valueOf(sysidById.get(r.targetLawId())),
                    String.valueOf(r.targetProvision()), r.targetTitle(),
                    String.valueOf(r.targetYearBe()), r.evidence()));
            counts.merge(r.kind(), 1L, Long::sum);
            if (r.kind() == RelationKind.CITES && !r.internal()) {
                crossLaw[0]++;
                crossLaw[1] += r.resolved() ? 1 : 0;
            }
        });
        // For hand-checking a sample against the law texts.
        Files.write(Path.of("target/relations-corpus.tsv"), dump, StandardCharsets.UTF_8);
        double resolvedShare = crossLaw[0] == 0 ? 0 : (double) crossLaw[1] / crossLaw[0];
        System.out.println("=== Relations on the Krisdika corpus (" + status.elapsedSeconds() + " s import) ===");
        counts.forEach((kind, n) -> System.out.println(kind + "\t" + n));
        System.out.printf("cross-law citations resolved: %d of %d (%.1f %%)%n", crossLaw[1], crossLaw[0],
                100 * resolvedShare);

        List<String> misses = new ArrayList<>();
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        for (String line : lines) {
            if (!found(line.split("\t"), idBySysid)) {
                misses.add(line);
            }
        }
        misses.forEach(m -> System.out.println("MISS\t" + m));
        double correct = 1 - (double) misses.size() / lines.size();
        System.out.printf("hand-checked sample: %d of %d found (%.0f %%)%n", lines.size() - misses.size(),
                lines.size(), 100 * correct);

        assertThat(lines).hasSize(50);
        assertThat(correct).as("share of the hand-checked sample found").isGreaterThanOrEqualTo(0.95);
        // The consolidated Krisdika texts hold acts, codes and decrees but no delegated legislation and no
        // amending acts of their own: issuedUnder and amends are exercised by RelationsApiIntegrationTest.
        assertThat(counts).containsKeys(RelationKind.CITES, RelationKind.AMENDED_BY, RelationKind.REPEALS);
    }

    @Test
    void relationsReadAgainFromTheCatalogAreThoseTheImportStored() {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/krisdika is absent (a fresh clone): the rebuild is "
                + "checked on the corpus where ../shared exists, as in CI");
        assertThat(imports.run(ImportSource.KRISDIKA, CORPUS).state()).isEqualTo("DONE");
        List<RelationChunk> imported = StoredRelations.all(store);
        assertThat(imported).hasSizeGreaterThan(1000);

        store.deleteFromSources(imported.stream().map(RelationChunk::sourceLawId).distinct().toList());
        assertThat(store.isEmpty()).isTrue();
        assertThat(rebuild.rebuild()).isEqualTo(catalog.countLaws());

        assertThat(StoredRelations.all(store)).isEqualTo(imported);
    }

    /**
     * Columns: source sysid, source provision ("-": the law), kind, target sysid ("-": not catalogued), target
     * provision ("-": the whole law), and for a target not catalogued its title and year as cited ("title|year").
     */
    private boolean found(String[] cells, Map<String, String> idBySysid) {
        String source = idBySysid.get(cells[0]);
        String sourceProvision = cells[1].equals("-") ? null : cells[1];
        RelationKind kind = RelationKind.valueOf(cells[2]);
        String target = cells[3].equals("-") ? null : idBySysid.get(cells[3]);
        String targetProvision = cells[4].equals("-") ? null : cells[4];
        if (source == null || (!cells[3].equals("-") && target == null)) {
            return false;
        }
        List<Relation> relations = store.find(Query.of(q -> q.term(t -> t.field("sourceLawId").value(source))),
                r -> r.kind() == kind);
        String[] cited = cells.length > 5 ? cells[5].split("\\|", -1) : null;
        return relations.stream().anyMatch(r -> Objects.equals(r.sourceProvision(), sourceProvision)
                && Objects.equals(r.targetLawId(), target) && Objects.equals(r.targetProvision(), targetProvision)
                && (cited == null || (cited[0].equals(r.targetTitle())
                        && cited[1].equals(r.targetYearBe() == null ? "" : String.valueOf(r.targetYearBe())))));
    }
}
