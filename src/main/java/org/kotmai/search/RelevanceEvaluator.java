package org.kotmai.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Runs labelled queries through the real search and measures HR@1, HR@10, MRR@10 and Recall@10, overall and per
 * kind, as {@code shared/eval/README.md} defines them.
 */
@Component
public class RelevanceEvaluator {

    static final int K = 10;
    private static final int SHOWN_IN_MISS = 3;

    private final SearchService search;
    private final LawDirectory directory;

    RelevanceEvaluator(SearchService search, LawDirectory directory) {
        this.search = search;
        this.directory = directory;
    }

    /**
     * Evaluates a TSV file.
     *
     * @throws IllegalArgumentException when the file cannot be read or is malformed, naming it
     */
    public EvaluationReport evaluate(Path tsv) {
        try {
            return evaluate(Files.readString(tsv, StandardCharsets.UTF_8), tsv.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(tsv + ": cannot be read (" + e.getMessage()
                    + "); give the path of a query TSV such as ../shared/eval/dev-queries.tsv", e);
        }
    }

    public EvaluationReport evaluate(String tsv, String source) {
        List<EvaluationQuery> queries = EvaluationQuery.parse(tsv, source);
        // The catalog may have just been imported: read the law names afresh.
        directory.invalidate();
        Map<String, List<double[]>> byKind = new LinkedHashMap<>();
        List<double[]> all = new ArrayList<>();
        List<EvaluationReport.Miss> misses = new ArrayList<>();
        for (EvaluationQuery query : queries) {
            List<SearchHit> hits = search.search(new SearchRequest(query.query(), null, null, null, null, null, null,
                    0, K)).hits();
            double[] m = score(query, hits);
            all.add(m);
            byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(m);
            if (m[0] < 1) {
                int rank = m[2] == 0 ? 0 : (int) Math.round(1 / m[2]);
                misses.add(new EvaluationReport.Miss(query.id(), query.kind(), query.query(), query.gold(), rank,
                        hits.stream().limit(Math.max(SHOWN_IN_MISS, rank)).map(RelevanceEvaluator::key).toList()));
            }
        }
        Map<String, EvaluationReport.Metrics> kinds = new LinkedHashMap<>();
        byKind.forEach((kind, rows) -> kinds.put(kind, average(rows)));
        return new EvaluationReport(queries.size(), average(all), kinds, List.copyOf(misses));
    }

    /** HR@1, HR@10, reciprocal rank, recall of one query. */
    static double[] score(EvaluationQuery query, List<SearchHit> hits) {
        Set<String> found = new HashSet<>();
        int first = 0;
        for (int i = 0; i < Math.min(K, hits.size()); i++) {
            SearchHit hit = hits.get(i);
            String item = query.isTitle() ? (query.sourceId().equals(hit.sourceId()) ? query.sourceId() : null)
                    : key(hit);
            if (item != null && query.gold().contains(item)) {
                found.add(item);
                if (first == 0) {
                    first = i + 1;
                }
            }
        }
        return new double[] {first == 1 ? 1 : 0, first > 0 ? 1 : 0, first > 0 ? 1.0 / first : 0,
                (double) found.size() / query.gold().size()};
    }

    private static String key(SearchHit hit) {
        return hit.sourceId() + "|" + (hit.provision() == null ? "" : hit.provision());
    }

    private static EvaluationReport.Metrics average(List<double[]> rows) {
        double[] sum = new double[4];
        rows.forEach(r -> {
            for (int i = 0; i < 4; i++) {
                sum[i] += r[i];
            }
        });
        int n = Math.max(1, rows.size());
        return new EvaluationReport.Metrics(rows.size(), sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n);
    }
}
