package org.kotmai.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * Latency of {@code GET /api/search} over HTTP against the bare Elasticsearch request it sends, with 16 concurrent
 * clients running the evaluation queries over the full Krisdika catalog. Run with {@code ./mvnw test -Pbench};
 * prints p50/p95/p99 and the p95 ratio (targets: ratio at most 1.25, p95 at most 50 ms), asserts nothing.
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
            client.search(raw.get(i), ProvisionView.class);
        }

        // Each client alternates an API call and a bare call, so that both see the same load on the machine.
        List<Long> apiNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> rawNanos = Collections.synchronizedList(new ArrayList<>());
        run(i -> {
            int q = (i / 2) % queries.size();
            long start = System.nanoTime();
            if (i % 2 == 0) {
                get(http, queries.get(q));
                apiNanos.add(System.nanoTime() - start);
            } else {
                client.search(raw.get(q), ProvisionView.class);
                rawNanos.add(System.nanoTime() - start);
            }
        });
        Collections.sort(apiNanos);
        Collections.sort(rawNanos);

        System.out.println();
        System.out.println("=== Search latency, " + CLIENTS + " concurrent clients, " + queries.size()
                + " evaluation queries, " + Runtime.getRuntime().availableProcessors() + " cores ===");
        print("GET /api/search (HTTP, JSON)", apiNanos);
        print("bare Elasticsearch request ", rawNanos);
        System.out.printf("p95 ratio api/bare: %.2f (target <= 1.25); api p95 target <= 50 ms%n",
                percentile(apiNanos, 95) / percentile(rawNanos, 95));
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
