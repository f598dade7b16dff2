package org.kotmai.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.catalog.ProvisionSearchFields;
import org.kotmai.extract.DocumentExtractor;
import org.kotmai.extract.IngestLimits;
import org.kotmai.statute.StatuteParser;
import org.kotmai.thai.ThaiAnalyzer;
import org.kotmai.thai.ThaiLegalReferences;
import org.kotmai.thai.ThaiTextRepair;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import pipeline without Elasticsearch: every Krisdika law read, given its id in file order and mapped
 * to catalog documents, on one thread. Prints the thread's CPU time for reading (extract, repair, parse) and of mapping
 * (Thai analysis) and of finding the references between laws per run, and a digest of every document produced (ingest time left out) and of the references found, so that a change
 * made for speed can be shown to leave every analysed field as it was. Run with
 * {@code ./mvnw test -Pbench -Dtest=PipelineDigestBench}.
 */
@Tag("bench")
class PipelineDigestBench {

    private static final Path CORPUS = Path.of("../shared/corpus/krisdika");
    private static final int RUNS = 4;

    @Test
    void corpusThroughThePipelineOnOneThread() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/krisdika is absent; the benchmark needs it");
        List<SourceDocument> documents = KrisdikaDump.read(CORPUS).documents();
        ThaiTextRepair repair = new ThaiTextRepair();
        // Reading and mapping touch neither the catalog nor the relations.
        try (DocumentExtractor extractor = new DocumentExtractor(IngestLimits.defaults())) {
            IngestService ingest = new IngestService(extractor, repair, new StatuteParser(), null,
                    new ProvisionSearchFields(ThaiAnalyzer.createDefault()), null);
            JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
            System.out.println();
            System.out.println("=== Krisdika pipeline on one thread, " + documents.size() + " laws ===");
            // CPU time of this thread, not elapsed time, which on a shared machine says more about the others' load.
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            for (int run = 1; run <= RUNS; run++) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                LawIdAllocator ids = LawIdAllocator.knowing(List.of());
                long readNanos = 0;
                long mapNanos = 0;
                long referenceNanos = 0;
                int provisions = 0;
                int failed = 0;
                for (SourceDocument document : documents) {
                    long start = cpu.getCurrentThreadCpuTime();
                    IngestService.Read read;
                    try {
                        read = ingest.read(document, null);
                    } catch (IngestException e) {
                        failed++;
                        continue;
                    }
                    long mapped = cpu.getCurrentThreadCpuTime();
                    IngestService.Prepared prepared = ingest.finish(read, ids.allocate(read));
                    long end = cpu.getCurrentThreadCpuTime();
                    readNanos += mapped - start;
                    mapNanos += end - mapped;
                    ObjectNode law = json.valueToTree(prepared.documents().law());
                    law.remove("ingestedAt");
                    sha.update(json.writeValueAsBytes(law));
                    for (ProvisionDocument p : prepared.documents().provisions()) {
                        sha.update(json.writeValueAsString(p).getBytes(StandardCharsets.UTF_8));
                        long found = cpu.getCurrentThreadCpuTime();
                        String references = ThaiLegalReferences.find(p.text()).toString();
                        referenceNanos += cpu.getCurrentThreadCpuTime() - found;
                        sha.update(references.getBytes(StandardCharsets.UTF_8));
                    }
                    provisions += prepared.documents().provisions().size();
                }
                System.out.printf("run %d (CPU time): read %.2f s, map %.2f s, references %.2f s, %d provisions, %d not catalogued, "
                        + "digest %s%n", run, readNanos / 1e9, mapNanos / 1e9, referenceNanos / 1e9, provisions, failed,
                        HexFormat.of().formatHex(sha.digest()));
            }
        }
    }
}
