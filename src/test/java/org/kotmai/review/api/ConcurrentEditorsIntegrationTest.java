package org.kotmai.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Twenty editors append their own marks to the same answer of the same review over real HTTP for 30 seconds,
 * each reading the review and saving with the version it read. No acknowledged save may be lost: every
 * acknowledged mark is in the final answer, no refused mark is, and the audit trail holds one change per
 * acknowledged save, chained old value to new value.
 */
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=it-review-concurrency",
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentEditorsIntegrationTest {

    private static final int EDITORS = 20;
    private static final Duration RUN = Duration.ofSeconds(30);
    private static final String FIELD = "findings_summary";
    private static final String PASSWORD = "editor-password";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** Cheap hashes: the test measures the store, not bcrypt. */
    @DynamicPropertySource
    static void editors(DynamicPropertyRegistry registry) {
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        for (int i = 0; i <= EDITORS; i++) {
            String prefix = "kotmai.security.users[" + i + "].";
            String name = userName(i);
            registry.add(prefix + "username", () -> name);
            registry.add(prefix + "password-hash", () -> hash);
            registry.add(prefix + "roles", () -> name.equals("officer") ? "OFFICER" : "REVIEWER");
        }
    }

    private static String userName(int index) {
        return index == 0 ? "officer" : "editor" + index;
    }

    private record Saved(String mark, long version) {
    }

    @Test
    void noAcknowledgedSaveIsLostAndTheAuditTrailAccountsForEachOne() throws Exception {
        upload();
        List<String> editors = new ArrayList<>();
        for (int i = 1; i <= EDITORS; i++) {
            editors.add(userName(i));
        }
        HttpResponse<String> created = send("officer", "POST", "/api/reviews", Map.of("templateId",
                "th_ex_post_evaluation", "subject", Map.of("kind", "LAW", "lawId", ReviewApiClient.LAW_ID),
                "assignees", editors));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("id").asString();

        ConcurrentLinkedQueue<Saved> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger attempts = new AtomicInteger();
        AtomicLong savedNanos = new AtomicLong();
        AtomicLong refusedNanos = new AtomicLong();
        long deadline = System.nanoTime() + RUN.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<?>> running = new ArrayList<>();
        for (String editor : editors) {
            running.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < deadline) {
                    JsonNode review = json.readTree(send(editor, "GET", "/api/reviews/" + id, null).body());
                    String text = review.path("answers").path(FIELD).asString("");
                    String mark = " [" + editor + "#" + (++n) + "]";
                    attempts.incrementAndGet();
                    long start = System.nanoTime();
                    HttpResponse<String> response = send(editor, "PATCH", "/api/reviews/" + id + "/answers",
                            Map.of("version", review.path("version").asLong(), "answers", Map.of(FIELD, text + mark)));
                    (response.statusCode() == 200 ? savedNanos : refusedNanos).addAndGet(System.nanoTime() - start);
                    if (response.statusCode() == 200) {
                        acknowledged.add(new Saved(mark, json.readTree(response.body()).path("version").asLong()));
                    } else if (response.statusCode() == 409) {
                        assertThat(json.readTree(response.body()).path("currentVersion").asLong()).isPositive();
                        refused.add(mark);
                    } else {
                        unexpected.add(response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> editor : running) {
            editor.get();
        }
        pool.shutdown();

        String finalText = json.readTree(send("officer", "GET", "/api/reviews/" + id, null).body())
                .path("answers").path(FIELD).asString("");
        List<String> lost = acknowledged.stream().map(Saved::mark).filter(m -> !finalText.contains(m)).toList();
        System.out.printf("Concurrent editors: %d editors, %d s: %d saves attempted, %d acknowledged, %d answered 409,"
                        + " %d lost, %d other answers; mean answer time %d ms acknowledged, %d ms 409%n", EDITORS,
                RUN.toSeconds(), attempts.get(), acknowledged.size(), refused.size(), lost.size(), unexpected.size(),
                savedNanos.get() / 1_000_000 / Math.max(1, acknowledged.size()),
                refusedNanos.get() / 1_000_000 / Math.max(1, refused.size()));

        assertThat(unexpected).isEmpty();
        // how many saves get through depends on the machine; that they compete and none is lost does not
        assertThat(acknowledged).hasSizeGreaterThan(1);
        assertThat(refused).as("editors really competed").isNotEmpty();
        assertThat(lost).isEmpty();
        assertThat(refused).noneMatch(finalText::contains);
        assertThat(acknowledged.size() + refused.size()).isEqualTo(attempts.get());
        Set<Long> versions = new HashSet<>();
        acknowledged.forEach(s -> versions.add(s.version()));
        assertThat(versions).as("each acknowledged save made its own version").hasSize(acknowledged.size());

        JsonNode audit = json.readTree(send("officer", "GET", "/api/reviews/" + id + "/audit", null).body());
        List<JsonNode> changes = new ArrayList<>();
        audit.forEach(event -> {
            if (event.path("field").asString().equals("answers." + FIELD)) {
                changes.add(event);
            }
        });
        assertThat(changes).hasSize(acknowledged.size());
        Set<Long> audited = new HashSet<>();
        changes.forEach(c -> audited.add(c.path("revision").asLong()));
        assertThat(audited).isEqualTo(versions);
        for (int i = 1; i < changes.size(); i++) {
            assertThat(changes.get(i).path("oldValue").asString())
                    .as("change %d starts from what change %d left", i, i - 1)
                    .isEqualTo(changes.get(i - 1).path("newValue").asString());
        }
        assertThat(changes.get(changes.size() - 1).path("newValue").asString())
                .isEqualTo(json.writeValueAsString(finalText));
    }

    private void upload() throws Exception {
        byte[] text = Files.readAllBytes(Path.of("src/test/resources/ingest/sample-act.txt"));
        String boundary = "kotmai-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"sample-act.txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + text.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(text, 0, body, head.length, text.length);
        System.arraycopy(tail, 0, body, head.length + text.length, tail.length);
        HttpResponse<String> response = http.send(request("officer", "/api/laws")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    }

    private HttpResponse<String> send(String user, String method, String path, Object body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        return http.send(request(user, path).header("Content-Type", "application/json").method(method, publisher)
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials);
    }
}
