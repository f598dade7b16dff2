package org.kotmai.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.catalog.ProvisionSearchFields;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.elasticsearch.IndexManager;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.kotmai.ingest.ImportStatus;
import org.kotmai.relations.RelationQueries;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end Krisdika import against a plain Elasticsearch bulk of the very provisions it produced.
 * Run with {@code ./mvnw test -Pbench -Dtest=KrisdikaImportBench}; prints figures, asserts nothing about speed.
 *
 * <p>The first import in the JVM is the cold one; after one untimed import and plain bulk, while the JIT still
 * compiles, {@value #REPETITIONS} warm imports alternate with {@value #REPETITIONS} plain bulks, so that both see
 * the same load on a shared machine, and medians are reported. The plain bulk gets what the import gets: the
 * catalog's mappings, the same bulk sizes and concurrency, no refresh until the end. The provisions it bulks are read back from the catalog, whose stored
 * sources lack the search tokens, so the tokens are derived again before any run, as the import derived them: both
 * send the same documents. The digest covers every law and provision document as stored except the ingest time, to
 * show that a change to the pipeline left the catalog's content as it was (it changed once when the tokens left
 * the stored provisions).
 *
 * <p>Each run also reports the CPU time of this JVM and of the node and the share of the machine's cores left
 * idle: with the cores busy, the ratio can only reach 0.8 when the import costs at most 1.25 times the plain bulk's
 * CPU. The laws and relations documents, which the plain bulk does not have, are bulked alone once to show their
 * cost, and with them a ceiling: the best ratio an import could reach on these cores if its own pipeline cost
 * nothing. The merge an import starts in the background is waited for outside both measurements.
 */
@Tag("bench")
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=bench",
        "logging.level.org.kotmai.ingest=WARN"})
class KrisdikaImportBench {

    private static final Path CORPUS = Path.of("../shared/corpus/krisdika");
    private static final int REPETITIONS = 3;

    @Autowired
    ImportService imports;
    @Autowired
    CatalogIndices indices;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexManager indexManager;
    @Autowired
    RelationQueries relationQueries;
    @Autowired
    ProvisionSearchFields searchFields;

    @Test
    void fullImportAgainstPlainBulk() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/krisdika is absent; the benchmark needs it");
        clear();
        Measured cold = measuredImport();
        String digest = digest();
        String relations = indexManager.alias("relations");
        long[] relationCounts = new long[2];
        relationQueries.each(r -> {
            relationCounts[0]++;
            relationCounts[1] += r.resolved() ? 1 : 0;
        });
        List<Map> relationDocuments = readAll(relations, Map.class);
        List<ProvisionDocument> provisions = readAll(indices.provisions(), ProvisionDocument.class).stream()
                .map(p -> searchFields.withTokens(p, p.search().lawSize())).toList();
        // The laws and relations documents are work the plain bulk does not have: their node cost, alone.
        CpuMeter.Usage lawsAlone = bulkAlone("laws", readAll(indices.laws(), Map.class));
        CpuMeter.Usage relationsAlone = bulkAlone("relations", relationDocuments);
        String loadBefore = loadAverage();

        double[] warm = new double[REPETITIONS];
        double[] plain = new double[REPETITIONS];
        CpuMeter.Usage[] warmCpu = new CpuMeter.Usage[REPETITIONS];
        CpuMeter.Usage[] plainCpu = new CpuMeter.Usage[REPETITIONS];
        long warmHeap = 0;
        long lawsRefreshes = 0;
        ImportStatus last = cold.status();
        // One untimed pair first: the import after the cold one still has the JIT compiling, on both sides.
        clear();
        measuredImport();
        plainBulk(provisions);
        for (int i = 0; i < REPETITIONS; i++) {
            clear();
            Measured run = measuredImport();
            lawsRefreshes = client.indices().stats(st -> st.index(indices.laws()).metric("refresh")).all()
                    .primaries().refresh().total();
            warm[i] = run.status().elapsedSeconds();
            warmCpu[i] = run.cpu();
            warmHeap = Math.max(warmHeap, run.peakHeap());
            last = run.status();
            plainCpu[i] = plainBulk(provisions);
            plain[i] = plainCpu[i].seconds();
        }
        double warmSeconds = median(warm);
        double plainSeconds = median(plain);
        int n = provisions.size();

        System.out.println();
        System.out.println("=== Krisdika import benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + "medians of " + REPETITIONS + ") ===");
        System.out.printf("laws: %d processed (errors %d), provisions: %d%n", last.processed(), last.errors(), n);
        System.out.printf("catalog digest (all law and provision documents, ingest time left out): %s%n", digest);
        System.out.printf("relations after the cold import: %d (%d resolved) in %d documents%n", relationCounts[0],
                relationCounts[1], relationDocuments.size());
        System.out.printf("plain bulk of the same provisions: %.2f s, %.0f provisions/s (runs %s)%n", plainSeconds,
                n / plainSeconds, Arrays.toString(plain));
        System.out.printf("import cold (first in the JVM): %.2f s, %.1f laws/s, %.0f provisions/s -> ratio %.2f%n",
                cold.status().elapsedSeconds(), cold.status().lawsPerSecond(), n / cold.status().elapsedSeconds(),
                plainSeconds / cold.status().elapsedSeconds());
        System.out.printf("import warm: %.2f s, %.1f laws/s, %.0f provisions/s -> ratio %.2f (runs %s)%n",
                warmSeconds, last.processed() / warmSeconds, n / warmSeconds, plainSeconds / warmSeconds,
                Arrays.toString(warm));
        System.out.printf("peak used heap during an import: cold %d MB, warm %d MB (JVM max %d MB)%n",
                cold.peakHeap() >> 20, warmHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("CPU (app = this JVM, node = the Elasticsearch node; idle = share of the machine's cores "
                + "left idle), medians:");
        System.out.printf(Locale.ROOT, "  import warm: app %.2f s, node %.2f s, total %.2f s, idle %.0f %% (runs %s)%n",
                median(warmCpu, CpuMeter.Usage::appSeconds), median(warmCpu, CpuMeter.Usage::nodeSeconds),
                median(warmCpu, CpuMeter.Usage::totalSeconds), 100 * median(warmCpu, CpuMeter.Usage::idleShare),
                Arrays.toString(warmCpu));
        System.out.printf(Locale.ROOT, "  plain bulk:  app %.2f s, node %.2f s, total %.2f s, idle %.0f %% (runs %s)%n",
                median(plainCpu, CpuMeter.Usage::appSeconds), median(plainCpu, CpuMeter.Usage::nodeSeconds),
                median(plainCpu, CpuMeter.Usage::totalSeconds), 100 * median(plainCpu, CpuMeter.Usage::idleShare),
                Arrays.toString(plainCpu));
        System.out.printf(Locale.ROOT, "  import CPU / plain bulk CPU: %.2f (ratio 0.8 on busy cores needs <= 1.25)%n",
                median(warmCpu, CpuMeter.Usage::totalSeconds) / median(plainCpu, CpuMeter.Usage::totalSeconds));
        System.out.println("  laws documents bulked alone: " + lawsAlone);
        System.out.println("  relations documents bulked alone: " + relationsAlone);
        int cores = Runtime.getRuntime().availableProcessors();
        double necessary = median(plainCpu, CpuMeter.Usage::totalSeconds) + lawsAlone.totalSeconds()
                + relationsAlone.totalSeconds();
        System.out.printf(Locale.ROOT, "  ceiling: an import costs at least the plain bulk's CPU plus the laws' and "
                + "the relations' bulks alone, %.2f s, so on %d cores it takes at least %.2f s: ratio <= %.2f before any "
                + "extraction, parsing or Thai analysis%n", necessary, cores, necessary / cores,
                plainSeconds / (necessary / cores));
        System.out.println("  refreshes of the laws index during the last import: " + lawsRefreshes);
        System.out.println("load average before the warm runs: " + loadBefore + "; after: " + loadAverage());
        System.out.println("targets: import <= 60 s, ratio >= 0.80");
    }

    /** Waits for the merge an import starts in the background, so that it weighs on neither measurement. */
    private void awaitMerge() throws IOException {
        client.indices().forcemerge(f -> f.index(indices.laws(), indices.provisions()).maxNumSegments(1L)
                .waitForCompletion(true));
    }

    /** Node and application cost of bulking these documents into a scratch index defined as the logical one. */
    private CpuMeter.Usage bulkAlone(String definition, List<Map> documents) throws IOException {
        String index = "bench-alone-" + definition;
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        try (InputStream mapping = getClass().getResourceAsStream("/elasticsearch/indices/" + definition + ".json")) {
            client.indices().create(c -> c.index(index).withJson(mapping));
        }
        CpuMeter.Reading start = CpuMeter.read();
        client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        try (BulkIngester<Void> bulk = BulkIngester.of(b -> b.client(client).maxOperations(2000)
                .maxSize(8L * 1024 * 1024).maxConcurrentRequests(2).flushInterval(2, TimeUnit.SECONDS))) {
            for (Map<?, ?> document : documents) {
                bulk.add(op -> op.index(i -> i.index(index).id(String.valueOf(document.get("id"))).document(document)));
            }
        }
        client.indices().refresh(r -> r.index(index));
        CpuMeter.Usage usage = CpuMeter.read().since(start);
        client.indices().delete(d -> d.index(index));
        return usage;
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? String.join(" ", Arrays.asList(Files.readString(loadavg).split(" ")).subList(0, 3))
                : "unknown";
    }

    /** Runs an import while sampling the heap in use. */
    private Measured measuredImport() throws InterruptedException, IOException {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        CpuMeter.Reading start = CpuMeter.read();
        ImportStatus status = imports.run(ImportSource.KRISDIKA, CORPUS);
        CpuMeter.Usage cpu = CpuMeter.read().since(start);
        sampler.interrupt();
        sampler.join();
        awaitMerge();
        return new Measured(status, peak.get(), cpu);
    }

    private record Measured(ImportStatus status, long peakHeap, CpuMeter.Usage cpu) {
    }

    /** Time and CPU to bulk the provisions into a scratch index with the catalog's mappings, as the import does. */
    private CpuMeter.Usage plainBulk(List<ProvisionDocument> provisions) throws IOException {
        String index = "bench-plain-provisions";
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        try (InputStream mapping = getClass().getResourceAsStream("/elasticsearch/indices/provisions.json")) {
            client.indices().create(c -> c.index(index).withJson(mapping));
        }
        CpuMeter.Reading start = CpuMeter.read();
        client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        try (BulkIngester<Void> bulk = BulkIngester.of(b -> b.client(client).maxOperations(2000)
                .maxSize(8L * 1024 * 1024).maxConcurrentRequests(2).flushInterval(2, TimeUnit.SECONDS))) {
            for (ProvisionDocument p : provisions) {
                bulk.add(op -> op.index(i -> i.index(index).id(p.id()).document(p)));
            }
        }
        client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(index));
        CpuMeter.Usage usage = CpuMeter.read().since(start);
        client.indices().delete(d -> d.index(index));
        return usage;
    }

    /** SHA-256 over every law and provision document in id order, keys sorted, without {@code ingestedAt}. */
    private String digest() throws Exception {
        JsonMapper canonical = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String index : List.of(indices.laws(), indices.provisions())) {
            for (Map<?, ?> document : readAll(index, Map.class)) {
                document.remove("ingestedAt");
                sha.update(canonical.writeValueAsString(document).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Starts from empty catalog indices, so the import writes every law. */
    private void clear() throws IOException {
        for (String alias : List.of(indices.laws(), indices.provisions())) {
            for (String index : client.indices().getAlias(a -> a.name(alias)).result().keySet()) {
                client.indices().delete(d -> d.index(index));
            }
        }
        indexManager.ensureIndices();
    }

    private <T> List<T> readAll(String index, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<T> page = client.search(s -> {
                s.index(index).size(500).sort(o -> o.field(f -> f.field("id")));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, type);
            List<Hit<T>> hits = page.hits().hits();
            hits.forEach(h -> out.add(h.source()));
            if (hits.size() < 500) {
                return out;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private static double median(CpuMeter.Usage[] runs, ToDoubleFunction<CpuMeter.Usage> figure) {
        return median(Arrays.stream(runs).mapToDouble(figure).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
