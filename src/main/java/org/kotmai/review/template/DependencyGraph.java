package org.kotmai.review.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which question or computed value depends on which, through show/require conditions and formulas. A cycle would
 * make a question hide itself or a formula need its own result, so the validator rejects it.
 */
final class DependencyGraph {

    private final Map<String, Set<String>> edges = new LinkedHashMap<>();

    void addNode(String id) {
        edges.putIfAbsent(id, new LinkedHashSet<>());
    }

    boolean hasNode(String id) {
        return edges.containsKey(id);
    }

    /** Ignored unless both ends are nodes: unknown names are reported elsewhere, with a better message. */
    void addEdge(String from, String to) {
        if (edges.containsKey(from) && edges.containsKey(to)) {
            edges.get(from).add(to);
        }
    }

    /** @return the first cycle found, as a path that starts and ends on the same node */
    Optional<List<String>> findCycle() {
        Set<String> done = new HashSet<>();
        for (String start : edges.keySet()) {
            Optional<List<String>> cycle = visit(start, new ArrayList<>(), done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String node, List<String> path, Set<String> done) {
        int onPath = path.indexOf(node);
        if (onPath >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        if (!done.add(node)) {
            return Optional.empty();
        }
        path.add(node);
        for (String next : edges.get(node)) {
            Optional<List<String>> cycle = visit(next, path, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return Optional.empty();
    }
}
