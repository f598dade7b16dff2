package org.kotmai.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * What a secured cluster looks like to a client, in front of a real node whose distribution has no security: HTTPS
 * with a certificate of its own, and every request refused with Elasticsearch's 401 unless it carries the API key.
 * Accepted requests go on to the node unchanged and its answers come back unchanged, so the application really
 * talks to Elasticsearch, through TLS and with the key, on every path it uses.
 */
final class AuthenticatingTlsProxy implements AutoCloseable {

    /** Hop-by-hop and framing headers, which each side of the proxy sets for itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length",
            "transfer-encoding", "keep-alive", "upgrade", "expect");
    private static final byte[] UNAUTHORIZED = ("{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing"
            + " authentication credentials for REST request\"},\"status\":401}").getBytes(StandardCharsets.UTF_8);

    private final HttpsServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI node;
    private final String authorization;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Map<String, Integer> refused = new ConcurrentHashMap<>();
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    AuthenticatingTlsProxy(URI node, KeyStore keys, String apiKey) throws Exception {
        this.node = node;
        this.authorization = "ApiKey " + apiKey;
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(TestCertificates.serverContext(keys)));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests that carried the key and went on to the node. */
    int accepted() {
        return accepted.get();
    }

    /** Refused requests by method and path. */
    Map<String, Integer> refused() {
        return Map.copyOf(refused);
    }

    /** The API of every accepted request: the first path segment starting with '_', such as {@code _bulk}. */
    Set<String> endpoints() {
        return Set.copyOf(paths);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String method = exchange.getRequestMethod();
            URI requested = exchange.getRequestURI();
            if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refused.merge(method + " " + requested.getPath(), 1, Integer::sum);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
                exchange.sendResponseHeaders(401, UNAUTHORIZED.length);
                exchange.getResponseBody().write(UNAUTHORIZED);
                return;
            }
            accepted.incrementAndGet();
            for (String segment : requested.getPath().split("/")) {
                if (segment.startsWith("_")) {
                    paths.add(segment);
                    break;
                }
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(node.resolve(requested.getRawPath()
                    + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery())))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(v -> forward.header(name, v));
                }
            });
            HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            byte[] out = answer.body();
            boolean bodiless = "HEAD".equals(method) || out.length == 0;
            exchange.sendResponseHeaders(answer.statusCode(), bodiless ? -1 : out.length);
            if (!bodiless) {
                exchange.getResponseBody().write(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
