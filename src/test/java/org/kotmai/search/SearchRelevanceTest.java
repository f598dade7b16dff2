package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.kotmai.ingest.ImportStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Relevance on the full Krisdika catalog with the labelled development queries ({@code ../shared/eval}), through
 * the real import and the real search. Prints the report with its misses.
 *
 * <p>The targets are those of the issue: citation top-1 100 %, title top-1 95 %, HR@10 0.95 and MRR@10 0.85 (reached:
 * 0.857, the even lines 0.881, the odd ones 0.833).
 */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-search",
        "logging.level.org.kotmai.ingest=WARN"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRelevanceTest {

    private static final Path CORPUS = Path.of("../shared/corpus/krisdika");
    private static final Path QUERIES = Path.of("../shared/eval/dev-queries.tsv");

    @Autowired
    ImportService imports;
    @Autowired
    RelevanceEvaluator evaluator;
    @Autowired
    SearchService search;

    /** The corpus is imported once for the class: the import is most of its time. */
    @BeforeAll
    void importCorpus() {
        assumeTrue(Files.isDirectory(CORPUS) && Files.isRegularFile(QUERIES), "../shared/corpus/krisdika or "
                + "../shared/eval/dev-queries.tsv is absent (a fresh clone): relevance is checked where ../shared "
                + "exists, as in CI");
        ImportStatus status = imports.run(ImportSource.KRISDIKA, CORPUS);
        assertThat(status.state()).isEqualTo("DONE");
    }

    /**
     * The Civil and Commercial Code's provisions are not indexed in the code's order, so without a tie-break its
     * name alone listed them from the middle of the code.
     */
    @Test
    void aLawNamedAloneListsItsProvisionsInTheLawsOwnOrder() {
        SearchResult result = search.search(new SearchRequest("ประมวลกฎหมายแพ่งและพาณิชย์", null, null, null, null,
                null, null, 0, 6));

        assertThat(result.hits()).extracting(SearchHit::provision).containsExactly("", "1", "2", "3", "4", "5");
    }

    @Test
    void devQueriesMeetTheRelevanceTargets() throws IOException {
        EvaluationReport report = evaluator.evaluate(QUERIES);
        System.out.println("=== Search relevance on " + QUERIES + " ===");
        System.out.print(report.toText());
        // Ranking changes are tuned on one half and checked on the other: both are reported.
        List<String> lines = Files.readAllLines(QUERIES, StandardCharsets.UTF_8);
        for (int half = 0; half < 2; half++) {
            EvaluationReport part = evaluator.evaluate(half(lines, half), QUERIES + (half == 0 ? " even" : " odd"));
            System.out.printf("%s lines: %d queries, HR@1 %.3f, HR@10 %.3f, MRR@10 %.3f%n",
                    half == 0 ? "even" : "odd", part.queries(), part.overall().hr1(), part.overall().hr10(),
                    part.overall().mrr10());
        }

        assertThat(report.byKind().get("citation").hr1()).as("citation top-1").isEqualTo(1.0);
        assertThat(report.byKind().get("title").hr1()).as("title top-1").isGreaterThanOrEqualTo(0.95);
        assertThat(report.overall().hr10()).as("HR@10").isGreaterThanOrEqualTo(HR_AT_10);
        assertThat(report.overall().mrr10()).as("MRR@10").isGreaterThanOrEqualTo(MRR_AT_10);
    }

    /** The header and every query on an even (0) or odd (1) line of the file. */
    private static String half(List<String> lines, int parity) {
        StringBuilder tsv = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i++) {
            if (i % 2 == parity) {
                tsv.append(lines.get(i)).append('\n');
            }
        }
        return tsv.toString();
    }

    private static final double HR_AT_10 = 0.95;
    private static final double MRR_AT_10 = 0.85;
}
