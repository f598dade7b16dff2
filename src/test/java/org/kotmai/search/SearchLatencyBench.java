package org.kotmai.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Latency of {@code GET /api/search} over HTTP against the bare Elasticsearch requests it sends, with 16 concurrent
 * clients running the evaluation queries over the full Krisdika catalog. Run with {@code ./mvnw test -Pbench};
 * prints p50/p95/p99 and the p95 ratio (targets: ratio at most 1.25, p95 at most 50 ms), the CPU time each call
 * cost the application and the node, and the application's memory; asserts nothing.
 */
@Tag("bench")
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=bench-search",
        "logging.level.org.kotmai.ingest=WARN"}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchLatencyBench {

    private static final Path CORPUS = Path.of("../shared/corpus/krisdika");
    private static final Path QUERIES = Path.of("../shared/eval/dev-queries.tsv");
    private static final int CLIENTS = 16;
    private static final int REQUESTS_PER_CLIENT = 150;
    private static final Duration TIME_LIMIT = Duration.ofMinutes(5);

    @LocalServerPort
    int port;
    @Autowired
    ImportService imports;
    @Autowired
    SearchService search;
    @Autowired
    ElasticsearchClient client;

    @Test
    void searchApiAgainstTheBareElasticsearchQuery() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS) && Files.isRegularFile(QUERIES),
                "../shared corpus or eval queries absent; the benchmark needs both");
        imports.run(ImportSource.KRISDIKA, CORPUS);
        List<String> queries = Files.readAllLines(QUERIES, StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.split("\t", -1)[2]).toList();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<co.elastic.clients.elasticsearch.core.SearchRequest> raw = queries.stream()
                .map(search::elasticsearchRequest).toList();

        for (int i = 0; i < queries.size(); i++) {
            get(http, queries.get(i));
            bare(raw.get(i));
        }

        // Each client alternates an API call and a bare call, so that both see the same load on the machine.
        List<Long> apiNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> rawNanos = Collections.synchronizedList(new ArrayList<>());
        long appCpu = cpuNanos(ProcessHandle.current());
        long nodeCpu = ProcessHandle.current().descendants().mapToLong(SearchLatencyBench::cpuNanos).sum();
        run(i -> {
            int q = (i / 2) % queries.size();
            long start = System.nanoTime();
            if (i % 2 == 0) {
                get(http, queries.get(q));
                apiNanos.add(System.nanoTime() - start);
            } else {
                bare(raw.get(q));
                rawNanos.add(System.nanoTime() - start);
            }
        });
        appCpu = cpuNanos(ProcessHandle.current()) - appCpu;
        nodeCpu = ProcessHandle.current().descendants().mapToLong(SearchLatencyBench::cpuNanos).sum() - nodeCpu;
        long rssUnderLoad = rssKib(ProcessHandle.current().pid());
        long nodeRss = ProcessHandle.current().descendants().mapToLong(p -> rssKib(p.pid())).sum();
        System.gc();
        long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Collections.sort(apiNanos);
        Collections.sort(rawNanos);

        System.out.println();
        System.out.println("=== Search latency, " + CLIENTS + " concurrent clients, " + queries.size()
                + " evaluation queries, " + Runtime.getRuntime().availableProcessors() + " cores ===");
        print("GET /api/search (HTTP, JSON)", apiNanos);
        print("bare Elasticsearch request ", rawNanos);
        System.out.printf("p95 ratio api/bare: %.2f (target <= 1.25); api p95 target <= 50 ms%n",
                percentile(apiNanos, 95) / percentile(rawNanos, 95));
        // CPU time per call holds even when other work shares the machine, unlike the latencies above.
        int calls = apiNanos.size() + rawNanos.size();
        System.out.printf("CPU per call (API and bare calls together, client threads included): application JVM "
                + "%.2f ms, Elasticsearch node %.2f ms%n", appCpu / 1e6 / calls, nodeCpu / 1e6 / calls);
        System.out.printf("memory: application heap used after GC %d MiB, application RSS under load %d MiB, "
                + "Elasticsearch node RSS %d MiB%n", heapAfterGc >> 20, rssUnderLoad >> 10, nodeRss >> 10);
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Resident set size from {@code /proc} (Linux), 0 elsewhere. */
    private static long rssKib(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    /** What the service asks Elasticsearch for a first page: the ranked candidates, then the shown provisions. */
    private void bare(co.elastic.clients.elasticsearch.core.SearchRequest request) throws IOException {
        List<String> shown = client.search(request, Void.class).hits().hits().stream()
                .limit(SearchService.DEFAULT_SIZE).map(h -> SearchService.candidate(h).id()).toList();
        if (!shown.isEmpty()) {
            client.mget(search.viewsRequest(shown), ProvisionView.class);
        }
    }

    private String get(HttpClient http, String q) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("status " + response.statusCode() + " for " + q);
        }
        return response.body();
    }

    @FunctionalInterface
    private interface Call {
        void run(int i) throws Exception;
    }

    private void run(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        List<Future<Void>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c * 14;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 2 * REQUESTS_PER_CLIENT && System.nanoTime() < deadline; i++) {
                    call.run(offset + i);
                }
                return null;
            }));
        }
        for (Future<Void> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void print(String name, List<Long> sorted) {
        System.out.printf("%s: n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", name, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }
}
