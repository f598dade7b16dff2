package org.kotmai.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real multi-node cluster on loopback: managed nodes from the same distribution and code as the application's
 * own node, started together (a node only answers once a majority of the initial masters has formed the cluster),
 * each with a transport port of its own and the others as seed hosts.
 */
final class TestCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(12);

    private final List<ManagedNode> nodes;

    private TestCluster(List<ManagedNode> nodes) {
        this.nodes = nodes;
    }

    static TestCluster start(int size) {
        List<String> names = IntStream.rangeClosed(1, size).mapToObj(i -> "cluster-node-" + i).toList();
        List<Integer> transportPorts = names.stream().map(n -> ManagedNode.freePort()).toList();
        String seeds = transportPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        List<ManagedNodeSettings> settings = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ManagedNodeSettings base = TestNodes.settings(names.get(i), ManagedNode.freePort(), Map.of(
                    "node.name", names.get(i),
                    "transport.port", transportPorts.get(i).toString(),
                    "discovery.type", "multi-node",
                    "discovery.seed_hosts", seeds,
                    "cluster.initial_master_nodes", String.join(",", names)));
            DistributionInstaller.deleteRecursively(base.layout().node());
            settings.add(new ManagedNodeSettings(base.layout(), base.distribution(), base.heap(), base.port(), base.user(),
                    START_TIMEOUT, base.javaHome(), base.minFreeDisk(), base.extraSettings()));
        }
        // Unpacked once up front so that the parallel starts do not race to unpack it.
        new DistributionInstaller(new DiskSpace()).install(settings.get(0).distribution(),
                settings.get(0).layout().distributions(), settings.get(0).minFreeDisk());
        ExecutorService starters = Executors.newFixedThreadPool(size);
        List<CompletableFuture<ManagedNode>> starting = settings.stream()
                .map(s -> CompletableFuture.supplyAsync(() -> ManagedNode.start(s), starters)).toList();
        List<ManagedNode> started = new ArrayList<>();
        RuntimeException failure = null;
        for (CompletableFuture<ManagedNode> node : starting) {
            try {
                started.add(node.join());
            } catch (CompletionException e) {
                failure = failure == null ? new ManagedNodeException("A cluster node did not start: "
                        + e.getCause().getMessage(), e.getCause()) : failure;
            }
        }
        starters.shutdown();
        if (failure != null) {
            started.forEach(ManagedNode::close);
            throw failure;
        }
        return new TestCluster(started);
    }

    List<URI> uris() {
        return nodes.stream().map(ManagedNode::httpUri).toList();
    }

    /** The comma-separated form {@code kotmai.elasticsearch.uris} takes. */
    String urisProperty() {
        return uris().stream().map(URI::toString).collect(Collectors.joining(","));
    }

    /** Kills node {@code index}'s server process at once, as a crash or a pulled cable would. */
    void kill(int index) {
        ManagedNode node = nodes.get(index);
        ProcessHandle.of(node.pid()).ifPresent(server -> {
            server.destroyForcibly();
            server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
        node.close();
    }

    @Override
    public void close() {
        nodes.forEach(ManagedNode::close);
    }
}
