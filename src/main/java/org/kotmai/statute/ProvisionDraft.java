package org.kotmai.statute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A provision being read: its paragraphs accumulate until the next label, heading or block. */
final class ProvisionDraft {

    /** (๑), (12), (ก): items stay inside the paragraph that introduces them, each on its own line. */
    private static final Pattern ITEM = Pattern.compile("^\\((?:[0-9\\u0E50-\\u0E59]+|[\\u0E01-\\u0E2E]{1,2})\\)");

    private final ProvisionLabel label;
    private final List<String> path;
    private final List<StringBuilder> paragraphs = new ArrayList<>();
    private final Set<Integer> markers = new LinkedHashSet<>();

    ProvisionDraft(ProvisionLabel label, List<String> path) {
        this.label = label;
        this.path = path;
        markers.addAll(label.footnotes());
    }

    void add(String text) {
        markers.addAll(FootnoteMarkers.numbers(text));
        String clean = FootnoteMarkers.strip(text);
        if (clean.isEmpty()) {
            return;
        }
        if (!paragraphs.isEmpty() && ITEM.matcher(clean).lookingAt()) {
            paragraphs.get(paragraphs.size() - 1).append('\n').append(clean);
        } else {
            paragraphs.add(new StringBuilder(clean));
        }
    }

    Provision build() {
        List<String> texts = paragraphs.stream().map(StringBuilder::toString).toList();
        boolean repealed = !texts.isEmpty() && texts.get(0).startsWith("(ยกเลิก)");
        return new Provision(label.kind(), label.number(), label.label(), path, texts, repealed, List.copyOf(markers));
    }
}
