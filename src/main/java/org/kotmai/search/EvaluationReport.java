package org.kotmai.search;

import java.util.List;
import java.util.Map;

/**
 * The figures of a relevance evaluation.
 *
 * @param overall averages over all queries
 * @param byKind  averages per query kind
 * @param misses  queries whose gold answer is not first, with what came instead
 */
public record EvaluationReport(int queries, Metrics overall, Map<String, Metrics> byKind, List<Miss> misses) {

    /**
     * @param hr1      share of queries whose first result is gold
     * @param hr10     share of queries with a gold result in the first 10
     * @param mrr10    mean of 1 / rank of the first gold result in the first 10 (0 when none)
     * @param recall10 mean share of a query's gold items found in the first 10
     */
    public record Metrics(int queries, double hr1, double hr10, double mrr10, double recall10) {
    }

    /**
     * @param rank the rank of the first gold result, or 0 when none is in the top 10
     * @param got  the first results as {@code <sourceId>|<number>} ({@code <sourceId>|} for a whole law)
     */
    public record Miss(String id, String kind, String query, List<String> gold, int rank, List<String> got) {
    }

    /** The report as a few lines of text, for a terminal or a log. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-10s %5s %6s %6s %7s %9s%n", "kind", "n", "HR@1", "HR@10", "MRR@10", "Recall@10"));
        line(out, "overall", overall);
        byKind.forEach((kind, m) -> line(out, kind, m));
        out.append(misses.size()).append(" queries without the gold answer first:\n");
        for (Miss m : misses) {
            out.append(String.format("  %s %-8s rank %s  %s%n      gold %s  got %s%n", m.id(), m.kind(),
                    m.rank() == 0 ? "-" : m.rank(), m.query(), m.gold(), m.got()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String name, Metrics m) {
        out.append(String.format("%-10s %5d %6.3f %6.3f %7.3f %9.3f%n", name, m.queries(), m.hr1(), m.hr10(),
                m.mrr10(), m.recall10()));
    }
}
