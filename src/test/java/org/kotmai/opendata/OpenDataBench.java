package org.kotmai.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawFilter;
import org.kotmai.catalog.LawSummary;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open data on the full Krisdika catalog. Run with {@code ./mvnw test -Pbench -Dtest=OpenDataBench}. Times the
 * Akoma Ntoso of the three largest codes (target: median under 2 s each) and the four exports, sampling the heap
 * during the exports to show that it does not grow with the catalog. Shares the catalog of the corpus tests, so that run
 * with them ({@code -Dtest='OpenDataCorpusTest,OpenDataBench' -Dsurefire.excludedGroups=}) it imports nothing.
 */
@Tag("bench")
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-search",
        "logging.level.org.kotmai.ingest=WARN"})
class OpenDataBench {

    private static final Path CORPUS = Path.of("../shared/corpus/krisdika");
    private static final List<String> LARGEST_CODES = List.of("567410", "443287", "617709");
    private static final int RUNS = 5;

    @Autowired
    ImportService imports;
    @Autowired
    AknService akn;
    @Autowired
    CatalogExporter exporter;
    @Autowired
    CatalogRepository catalog;

    @Test
    void aknOfTheLargestCodesAndTheExports() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/krisdika absent; the benchmark needs it");
        imports.run(ImportSource.KRISDIKA, CORPUS);

        List<Long> medians = new ArrayList<>();
        for (String sysid : LARGEST_CODES) {
            LawSummary law = catalog.listLaws(new LawFilter(null, null, null, null, null, null, sysid), 0, 1)
                    .items().get(0);
            akn.write(law.id(), Writer.nullWriter());
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                akn.write(law.id(), Writer.nullWriter());
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(millis);
            System.out.printf("AKN %s (%d provisions): median %d ms, max %d ms%n", law.title(),
                    law.provisionCount(), millis.get(RUNS / 2), millis.get(RUNS - 1));
            medians.add(millis.get(RUNS / 2));
        }

        export("laws.jsonl", exporter::lawsJsonl);
        export("provisions.jsonl", exporter::provisionsJsonl);
        export("laws.csv", exporter::lawsCsv);
        export("provisions.csv", exporter::provisionsCsv);
        assertThat(medians).as("median AKN time of each code, ms").allSatisfy(ms -> assertThat(ms).isLessThan(2000));
    }

    private static void export(String name, Consumer<OutputStream> body) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        CountingStream out = new CountingStream();
        long start = System.nanoTime();
        body.accept(out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        System.out.printf("export %s: %d MB in %d ms; heap peak %d MB above the %d MB before%n", name,
                out.bytes / (1 << 20), millis, (peak.get() - baseline) / (1 << 20), baseline / (1 << 20));
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
