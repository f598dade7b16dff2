package org.kotmai.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Latency of {@code GET /api/search} over HTTP against the bare Elasticsearch requests it sends, with 16 concurrent
 * clients running the evaluation queries over the full Krisdika catalog. Run with {@code ./mvnw test -Pbench};
 * prints p50/p95/p99 and the p95 ratio (targets: ratio at most 1.25, p95 at most 50 ms), the CPU time a search
 * costs the application (its serving threads) and the node, the benchmark's own CPU, the JIT compilation still
 * going on, and the application's memory; asserts nothing. The same concurrent load runs untimed first (up to
 * {@value #MAX_UNTIMED_ROUNDS} times, until the JIT compiler threads take under 5 % of the application's CPU), so
 * that the timed run measures compiled code.
 *
 * <p>Before timing, it writes the first page of every evaluation query to {@value #TOP10}, so that a change meant
 * to be ranking-neutral can be checked by comparing that file before and after it, and prints where Elasticsearch
 * spends its time on those queries ({@code "profile": true}) for whoever tunes the ranking.
 */
@Tag("bench")
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=bench-search",
        "logging.level.org.kotmai.ingest=WARN"}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchLatencyBench {

    private static final Path CORPUS = Path.of("../shared/corpus/krisdika");
    private static final Path QUERIES = Path.of("../shared/eval/dev-queries.tsv");
    private static final String TOP10 = "target/search-top10.tsv";
    private static final int CLIENTS = 16;
    private static final int REQUESTS_PER_CLIENT = 150;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int MAX_UNTIMED_ROUNDS = 15;
    private static final double SETTLED_COMPILER_SHARE = 0.05;
    private static final int FIRST_SEEN_ROUNDS = 3;
    private static final Duration TIME_LIMIT = Duration.ofMinutes(5);
    private static final String CLIENT_THREAD = "bench-client-";
    private static final String JFR_PROPERTY = "bench.jfr";

    private final JsonFactory json = new JsonFactory();

    @LocalServerPort
    int port;
    @Autowired
    ImportService imports;
    @Autowired
    SearchService search;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    LawDirectory directory;
    @Autowired
    CandidateRequests requests;
    @Autowired
    ProvisionViews views;
    @Autowired
    RestClient restClient;
    @Autowired
    CatalogIndices indices;
    @Autowired
    RawSearches searches;

    @Test
    void searchApiAgainstTheBareElasticsearchQuery() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS) && Files.isRegularFile(QUERIES),
                "../shared corpus or eval queries absent; the benchmark needs both");
        imports.run(ImportSource.KRISDIKA, CORPUS);
        List<String[]> rows = Files.readAllLines(QUERIES, StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.split("\t", -1)).toList();
        List<String> queries = rows.stream().map(r -> r[2]).toList();
        writeFirstPages(rows);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CandidateRequests.Key> firstPages = queries.stream().map(search::firstPage).toList();
        List<RawRequest> raw = firstPages.stream().map(k -> requests.raw(k, true)).toList();

        // Warm-up: the JIT compiles the hot paths and Elasticsearch loads what the queries read.
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (int i = 0; i < queries.size(); i++) {
                get(http, queries.get(i));
                bare(raw.get(i));
            }
        }
        new QueryCostReport(client, firstPages.stream().map(requests::typed).toList()).print();
        System.out.println("provisions index: " + segments() + " segments");
        printRequestCosts(raw);

        // The serial warm-up leaves the JIT compiling through the timed run (about a quarter of the application's
        // CPU went to its compiler threads), so the same concurrent load runs untimed until the compiler threads
        // take under a twentieth of the application's CPU, as in a server that has been running for a while.
        int untimed = 0;
        double compilerShare = 1;
        while (untimed < MAX_UNTIMED_ROUNDS && compilerShare >= SETTLED_COMPILER_SHARE) {
            long roundAppCpu = cpuNanos(ProcessHandle.current());
            long roundCompilerCpu = compilerThreadsCpuNanos();
            run(new AtomicLong(), i -> {
                int q = (i / 2) % queries.size();
                if (i % 2 == 0) {
                    get(http, queries.get(q));
                } else {
                    bare(raw.get(q));
                }
            });
            compilerShare = (double) (compilerThreadsCpuNanos() - roundCompilerCpu)
                    / Math.max(1, cpuNanos(ProcessHandle.current()) - roundAppCpu);
            untimed++;
        }
        System.out.printf(Locale.ROOT, "untimed concurrent rounds before timing: %d (JIT compiler threads %.0f%% of "
                + "the application's CPU in the last)%n", untimed, 100 * compilerShare);

        // Each client alternates an API call and a bare call, so that both see the same load on the machine.
        List<Long> apiNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> rawNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicLong benchCpu = new AtomicLong();
        long appCpu = cpuNanos(ProcessHandle.current());
        long nodeCpu = ProcessHandle.current().descendants().mapToLong(SearchLatencyBench::cpuNanos).sum();
        long httpClientCpu = httpClientCpuNanos();
        long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long compilerCpu = compilerThreadsCpuNanos();
        Recording recording = startRecording();
        long wall = System.nanoTime();
        run(benchCpu, i -> {
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
        wall = System.nanoTime() - wall;
        if (recording != null) {
            recording.dump(Path.of(System.getProperty(JFR_PROPERTY)));
            recording.close();
        }
        compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiling;
        compilerCpu = compilerThreadsCpuNanos() - compilerCpu;
        appCpu = cpuNanos(ProcessHandle.current()) - appCpu;
        nodeCpu = ProcessHandle.current().descendants().mapToLong(SearchLatencyBench::cpuNanos).sum() - nodeCpu;
        long benchTotal = benchCpu.get() + httpClientCpuNanos() - httpClientCpu;
        double[] firstSeen = firstSeenCost(http, queries);
        long rssUnderLoad = rssKib(ProcessHandle.current().pid());
        long nodeRss = ProcessHandle.current().descendants().mapToLong(p -> rssKib(p.pid())).sum();
        System.gc();
        long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Collections.sort(apiNanos);
        Collections.sort(rawNanos);

        System.out.println();
        System.out.println("=== Search latency, " + CLIENTS + " concurrent clients, " + queries.size()
                + " evaluation queries, " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + loadAverage() + " ===");
        print("GET /api/search (HTTP, JSON)", apiNanos);
        print("bare Elasticsearch request ", rawNanos);
        System.out.printf(Locale.ROOT, "p95 ratio api/bare: %.2f (target <= 1.25); api p95 target <= 50 ms%n",
                percentile(apiNanos, 95) / percentile(rawNanos, 95));
        // CPU time per call holds even when other work shares the machine, unlike the latencies above. The bare
        // calls run on the benchmark's threads, so the application's own cost is what its other threads spent,
        // over the API calls only; the node served both kinds alike.
        int calls = apiNanos.size() + rawNanos.size();
        System.out.printf(Locale.ROOT, "CPU per search: application %.2f ms (its threads, per API call), "
                + "Elasticsearch node %.2f ms (per call, API and bare alike); benchmark clients %.2f ms per call "
                + "(%.0f%% of the run's CPU)%n", (appCpu - benchTotal) / 1e6 / apiNanos.size(),
                nodeCpu / 1e6 / calls, benchTotal / 1e6 / calls, 100.0 * benchTotal / (appCpu + nodeCpu));
        // The benchmark shares the JVM, so the JIT compiles its code too; on a loaded machine the compiler threads
        // are still busy after the warm-up, and their CPU is not what serving a search costs once compiled.
        System.out.printf(Locale.ROOT, "JIT compiler threads during the timed run: %.2f ms of CPU per API call "
                + "(%d ms elapsed in all); application CPU per search without them %.2f ms%n",
                compilerCpu / 1e6 / apiNanos.size(), compiling,
                (appCpu - benchTotal - compilerCpu) / 1e6 / apiNanos.size());
        System.out.printf(Locale.ROOT, "CPU per search of a query not seen before (caches emptied, one client, least of "
                + FIRST_SEEN_ROUNDS + " rounds): "
                + "application %.2f ms, Elasticsearch node %.2f ms%n", firstSeen[0], firstSeen[1]);
        System.out.printf(Locale.ROOT, "throughput %.0f calls/s, machine CPU used by the run %.2f of %d cores%n",
                calls / (wall / 1e9), (appCpu + nodeCpu) / (double) wall,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("memory: application heap used after GC %d MiB, application RSS under load %d MiB, "
                + "Elasticsearch node RSS %d MiB%n", heapAfterGc >> 20, rssUnderLoad >> 10, nodeRss >> 10);
    }

    /**
     * A Flight Recorder profile of the timed run when {@value #JFR_PROPERTY} names the file to write
     * ({@code -Dbench.jfr=target/search.jfr}), for finding the application's hot spots.
     */
    private static Recording startRecording() throws IOException, ParseException {
        if (System.getProperty(JFR_PROPERTY) == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    /**
     * Application and node CPU per search, in ms, when neither the node's request cache nor the application's
     * readings of queries hold the query: what a query typed for the first time costs. The least of a few rounds,
     * as one round is short enough for background work (merges, collections) to weigh on it.
     */
    private double[] firstSeenCost(HttpClient http, List<String> queries) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] least = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < FIRST_SEEN_ROUNDS; round++) {
            client.indices().clearCache(c -> c.request(true));
            directory.invalidate();
            get(http, "ทดสอบการอ่านตารางชื่อกฎหมาย");
            long app = cpuNanos(ProcessHandle.current());
            long node = ProcessHandle.current().descendants().mapToLong(SearchLatencyBench::cpuNanos).sum();
            long own = threads.getCurrentThreadCpuTime() + httpClientCpuNanos();
            for (String q : queries) {
                get(http, q);
            }
            own = threads.getCurrentThreadCpuTime() + httpClientCpuNanos() - own;
            app = cpuNanos(ProcessHandle.current()) - app - own;
            node = ProcessHandle.current().descendants().mapToLong(SearchLatencyBench::cpuNanos).sum() - node;
            least[0] = Math.min(least[0], app / 1e6 / queries.size());
            least[1] = Math.min(least[1], node / 1e6 / queries.size());
        }
        return least;
    }

    /** The first page of every query as lawId and provision, with the score to tell ties apart. */
    private void writeFirstPages(List<String[]> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("id\trank\tlawId\tprovision\tscore");
        for (String[] row : rows) {
            List<SearchHit> hits = search.search(new SearchRequest(row[2], null, null, null, null, null, null, 0,
                    SearchService.DEFAULT_SIZE)).hits();
            for (int rank = 0; rank < hits.size(); rank++) {
                SearchHit h = hits.get(rank);
                lines.add(String.join("\t", row[0], String.valueOf(rank + 1), h.lawId(), h.provision(),
                        String.format(Locale.ROOT, "%.4f", h.score())));
            }
        }
        Files.write(Path.of(TOP10), lines, StandardCharsets.UTF_8);
        System.out.println("first pages of " + rows.size() + " queries written to " + TOP10);
    }

    /**
     * The node's CPU per request of each of the two requests a first page sends, serial and repeated (so the
     * candidates come from the request cache, as in the timed run), and of the multi-get reading the shown fields
     * in other ways: picked out of the source by the node, or nothing at all (what finding the documents costs).
     */
    private void printRequestCosts(List<RawRequest> raw) throws IOException {
        Map<String, List<RawRequest>> gets = new java.util.LinkedHashMap<>();
        Map<String, Map<String, String>> variants = Map.of(
                "picked from the source", Map.of("realtime", "false", "_source_includes",
                        String.join(",", ProvisionView.FIELDS)),
                "no fields", Map.of("realtime", "false", "_source", "false"));
        for (RawRequest r : raw) {
            List<String> shown = searches.send(r, Candidates::read).hits().stream()
                    .limit(SearchService.DEFAULT_SIZE).map(LawEvidence.Candidate::id).toList();
            if (!shown.isEmpty()) {
                RawRequest get = views.request(shown);
                gets.computeIfAbsent("whole source (as sent)", k -> new ArrayList<>()).add(get);
                variants.forEach((name, parameters) -> gets.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new RawRequest(get.method(), get.path(), parameters, get.body())));
                gets.computeIfAbsent("a search by ids instead", k -> new ArrayList<>()).add(searchByIds(shown));
            }
        }
        System.out.printf(Locale.ROOT, "node CPU per request, serial, least of %d rounds: candidates (cached) %.2f ms;"
                + " multi-get of the page:", FIRST_SEEN_ROUNDS, nodeCpuPerRequest(raw));
        for (Map.Entry<String, List<RawRequest>> e : gets.entrySet()) {
            System.out.printf(Locale.ROOT, " %s %.2f ms;", e.getKey(), nodeCpuPerRequest(e.getValue()));
        }
        System.out.println();
    }

    /** The same documents asked for by one search (one searcher and fetch phase) rather than a get of each. */
    private RawRequest searchByIds(List<String> ids) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), body)) {
            g.writeStartObject();
            g.writeNumberProperty("size", ids.size());
            g.writeObjectPropertyStart("query");
            g.writeObjectPropertyStart("ids");
            g.writeArrayPropertyStart("values");
            ids.forEach(g::writeString);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        return new RawRequest("POST", "/" + indices.provisions() + "/_search", Map.of(), body.toByteArray());
    }

    private double nodeCpuPerRequest(List<RawRequest> requests) throws IOException {
        double least = Double.MAX_VALUE;
        for (int round = 0; round < FIRST_SEEN_ROUNDS; round++) {
            long before = ProcessHandle.current().descendants().mapToLong(SearchLatencyBench::cpuNanos).sum();
            for (RawRequest r : requests) {
                EntityUtils.consume(restClient.performRequest(r.toRequest()).getEntity());
            }
            long spent = ProcessHandle.current().descendants().mapToLong(SearchLatencyBench::cpuNanos).sum() - before;
            least = Math.min(least, spent / 1e6 / requests.size());
        }
        return least;
    }

    /** Segments of the provisions index: the import asks for a merge into one, which runs in the background. */
    private long segments() throws IOException {
        Request cat = new Request("GET", "/_cat/segments/" + indices.provisions());
        cat.addParameter("h", "segment");
        return EntityUtils.toString(restClient.performRequest(cat).getEntity()).lines().filter(l -> !l.isBlank())
                .count();
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** CPU of the JDK HTTP client's own threads, which only the benchmark uses. */
    private static long httpClientCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("HttpClient-")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU time of this JVM's JIT compiler threads, from {@code /proc} (Linux), 0 elsewhere. */
    private static long compilerThreadsCpuNanos() {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.contains("CompilerThre")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // utime and stime, fields 14 and 15 of stat, counted after the name
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // a compiler thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 10_000_000L;
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

    /**
     * What the service asks Elasticsearch for a first page, as the same bytes over the same low-level client: the
     * ranked candidates (read only for the ids of the page), then the shown provisions (not read at all).
     */
    private void bare(RawRequest request) throws IOException {
        Candidates candidates;
        try (InputStream body = restClient.performRequest(request.toRequest()).getEntity().getContent();
             JsonParser parser = json.createParser(ObjectReadContext.empty(), body)) {
            parser.nextToken();
            candidates = Candidates.read(parser);
        }
        List<String> shown = candidates.hits().stream().limit(SearchService.DEFAULT_SIZE)
                .map(LawEvidence.Candidate::id).toList();
        if (!shown.isEmpty()) {
            EntityUtils.consume(restClient.performRequest(views.request(shown).toRequest()).getEntity());
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

    private void run(AtomicLong clientCpu, Call call) throws Exception {
        AtomicLong numbers = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS,
                r -> new Thread(r, CLIENT_THREAD + numbers.incrementAndGet()));
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Future<Void>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c * 14;
            futures.add(pool.submit(() -> {
                long start = threads.getCurrentThreadCpuTime();
                try {
                    for (int i = 0; i < 2 * REQUESTS_PER_CLIENT && System.nanoTime() < deadline; i++) {
                        call.run(offset + i);
                    }
                } finally {
                    clientCpu.addAndGet(threads.getCurrentThreadCpuTime() - start);
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
        System.out.printf(Locale.ROOT, "%s: n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", name, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }
}
