package org.kotmai.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Elasticsearch node run as a child process on loopback with security off. {@link #start} returns only once the
 * cluster answers; {@link #close} stops it gracefully. Data live in the layout's data directory and survive
 * restarts.
 */
final class ManagedNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedNode.class);

    static final String CLUSTER_NAME = "kotmai-managed";
    private static final int LOG_TAIL_LINES = 40;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final ManagedNodeSettings settings;
    private final Process process;
    private final Path home;
    private final Duration startupTime;

    private ManagedNode(ManagedNodeSettings settings, Process process, Path home, Duration startupTime) {
        this.settings = settings;
        this.process = process;
        this.home = home;
        this.startupTime = startupTime;
    }

    /** Picks a loopback port nobody listens on, for callers that have no port configured. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new ManagedNodeException("Cannot find a free loopback port for Elasticsearch: " + e.getMessage(), e);
        }
    }

    static ManagedNode start(ManagedNodeSettings settings) {
        Instant begin = Instant.now();
        NodeLayout layout = settings.layout();
        new JavaRuntime(settings.javaHome()).requireSupported();
        StaleNode.stopIfRunning(layout);
        requirePortFree(settings.port());
        Path home = new DistributionInstaller(new DiskSpace())
                .install(settings.distribution(), layout.distributions(), settings.minFreeDisk());
        NodeUser user = NodeUser.forCurrentProcess(settings.user());
        NodeConfig.write(settings, home);
        user.prepare(List.of(layout.node()), home.resolve("lib"));
        Process process = launch(settings, home, user);
        awaitReady(settings, process, begin);
        ManagedNode ready = new ManagedNode(settings, process, home, Duration.between(begin, Instant.now()));
        log.info("Elasticsearch {} ready at {} as user '{}' (pid {}) in {} ms; logs in {}", home.getFileName(),
                ready.httpUri(), user.name(), ready.pid(), ready.startupTime.toMillis(), layout.logs());
        return ready;
    }

    URI httpUri() {
        return settings.httpUri();
    }

    /** PID of the Elasticsearch server JVM (not of its launcher). */
    long pid() {
        return readPid(settings.layout().pidFile()).orElse(process.pid());
    }

    Path home() {
        return home;
    }

    Duration startupTime() {
        return startupTime;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        Optional<ProcessHandle> server = readPid(settings.layout().pidFile()).flatMap(ProcessHandle::of);
        // SIGTERM to the launcher makes it shut the server down cleanly, flushing the translog.
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Elasticsearch did not stop within {}s; killing it", STOP_TIMEOUT.toSeconds());
                process.destroyForcibly();
                server.ifPresent(ProcessHandle::destroyForcibly);
            }
            server.ifPresent(s -> s.onExit().orTimeout(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .exceptionally(e -> s).join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        log.info("Elasticsearch node at {} stopped", httpUri());
    }

    private static void requirePortFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            log.debug("Port {} is free", probe.getLocalPort());
        } catch (IOException e) {
            throw new ManagedNodeException("Port " + port + " on 127.0.0.1 is already in use, so Elasticsearch"
                    + " cannot listen on it. Stop whatever uses it, set kotmai.elasticsearch.managed.port to another"
                    + " port, or to 0 to pick a free one.", e);
        }
    }

    private static Process launch(ManagedNodeSettings settings, Path home, NodeUser user) {
        NodeLayout layout = settings.layout();
        List<String> command = new ArrayList<>(user.commandPrefix());
        command.add(home.resolve("bin/elasticsearch").toString());
        command.add("-p");
        command.add(layout.pidFile().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(layout.node().toFile())
                .redirectErrorStream(true)
                // Truncated per start so a failure's log tail shows this start only; the node's own rotated
                // logs in the same directory keep the history.
                .redirectOutput(ProcessBuilder.Redirect.to(layout.consoleLog().toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeAll(List.of("JAVA_HOME", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JAVA_OPTS",
                "ES_JAVA_OPTS", "CLI_JAVA_OPTS"));
        env.put("ES_JAVA_HOME", settings.javaHome().toString());
        env.put("ES_PATH_CONF", layout.config().toString());
        env.put("ES_TMPDIR", layout.tmp().toString());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new ManagedNodeException("Cannot launch " + command + ": " + e.getMessage(), e);
        }
    }

    private static void awaitReady(ManagedNodeSettings settings, Process process, Instant begin) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI healthUri = settings.httpUri().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s");
        HttpRequest health = HttpRequest.newBuilder(healthUri).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = begin.plus(settings.startTimeout());
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ManagedNodeException("Elasticsearch exited with code " + process.exitValue()
                        + " during start. Last lines of " + settings.layout().consoleLog() + ":\n"
                        + logTail(settings.layout()));
            }
            if (answers(http, health)) {
                return;
            }
            sleep();
        }
        // The launcher may already have started the server JVM, which would outlive it.
        readPid(settings.layout().pidFile()).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new ManagedNodeException("Elasticsearch did not become ready within " + settings.startTimeout()
                .toSeconds() + "s; raise kotmai.elasticsearch.managed.start-timeout if the machine is slow. Last lines"
                + " of " + settings.layout().consoleLog() + ":\n" + logTail(settings.layout()));
    }

    private static boolean answers(HttpClient http, HttpRequest health) {
        try {
            HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"" + CLUSTER_NAME + "\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManagedNodeException("Interrupted while waiting for Elasticsearch to start", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManagedNodeException("Interrupted while waiting for Elasticsearch to start", e);
        }
    }

    static String logTail(NodeLayout layout) {
        try {
            List<String> lines = Files.readAllLines(layout.consoleLog(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
