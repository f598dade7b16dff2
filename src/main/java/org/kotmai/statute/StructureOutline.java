package org.kotmai.statute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The headings of one document in order, and which of them are open at the current point, so that
 * each provision can be placed under its book, part, title, chapter and division.
 */
final class StructureOutline {

    private final List<StructureNode> nodes = new ArrayList<>();
    private final List<StructureNode> open = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();

    /** Opens a heading, closing every open heading of the same or a deeper rank. */
    void open(Heading h) {
        while (!open.isEmpty() && rank(open.get(open.size() - 1)) >= h.rank()) {
            open.remove(open.size() - 1);
        }
        List<String> path = new ArrayList<>(currentPath());
        String id = h.kind().toLowerCase() + (h.number().isEmpty() ? "" : "-" + h.number().replace('/', '.').replace(' ', '-'));
        String parentPrefix = path.isEmpty() ? "" : path.get(path.size() - 1) + "/";
        String unique = parentPrefix + id;
        int n = 2;
        // Old codes repeat a heading number under the same parent (e.g. two "หมวด ๑"): ids must stay unique.
        while (usedIds.contains(unique)) {
            unique = parentPrefix + id + "~" + n++;
        }
        usedIds.add(unique);
        path.add(unique);
        StructureNode node = new StructureNode(h.kind(), h.number(), h.text(), path.size() - 1, List.copyOf(path));
        nodes.add(node);
        open.add(node);
    }

    /** Ids of the open headings, outermost first. */
    List<String> currentPath() {
        return open.stream().map(n -> n.path().get(n.path().size() - 1)).toList();
    }

    List<StructureNode> nodes() {
        return List.copyOf(nodes);
    }

    private static int rank(StructureNode node) {
        return new Heading(node.kind(), node.number(), node.heading()).rank();
    }
}
