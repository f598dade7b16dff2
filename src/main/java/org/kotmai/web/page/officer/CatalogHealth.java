package org.kotmai.web.page.officer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.thai.RepairReport;
import org.springframework.stereotype.Component;

/**
 * The state of the catalog for the people loading it: how much it holds, how much text repair the sources
 * needed, and which laws need a look (unmapped legacy glyphs, parser warnings).
 */
@Component
class CatalogHealth {

    private static final int BATCH = 1000;
    private static final int LISTED = 50;

    private final ElasticsearchClient client;
    private final CatalogIndices indices;

    CatalogHealth(ElasticsearchClient client, CatalogIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /** The fields of a law this page reads. */
    record LawHealth(String id, String title, String type, int provisionCount, List<String> warnings,
            RepairReport repairs) {
    }

    /**
     * @param repairs       each kind of repair with the number of times it was applied over the catalog
     * @param byType        laws per instrument type
     * @param needingReview laws with unmapped glyphs or parser warnings, at most {@value #LISTED}
     */
    record Report(long laws, long provisions, long lawsRepaired, Map<String, Long> repairs, Map<String, Long> byType,
            List<LawHealth> needingReview, long needingReviewTotal) {
    }

    Report report() {
        long provisions = count(indices.provisions());
        Map<String, Long> repairs = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        List<LawHealth> needing = new ArrayList<>();
        long laws = 0;
        long repaired = 0;
        long needingTotal = 0;
        for (LawHealth law : laws()) {
            laws++;
            byType.merge(law.type() == null ? "UNKNOWN" : law.type(), 1L, Long::sum);
            RepairReport r = law.repairs();
            if (r != null) {
                if (r.total() > 0) {
                    repaired++;
                }
                add(repairs, "saraAmJoined", r.saraAmJoined());
                add(repairs, "puaMapped", r.puaMapped());
                add(repairs, "puaUnmapped", r.puaUnmapped());
                add(repairs, "spacesBeforeMarksRemoved", r.spacesBeforeMarksRemoved());
                add(repairs, "nbspNormalised", r.nbspNormalised());
                add(repairs, "zeroWidthRemoved", r.zeroWidthRemoved());
                add(repairs, "gazetteHeaderLinesRemoved", r.gazetteHeaderLinesRemoved());
                add(repairs, "pageNumberLinesRemoved", r.pageNumberLinesRemoved());
                add(repairs, "c1Repaired", r.c1Repaired());
                add(repairs, "lineEndingsNormalised", r.lineEndingsNormalised());
                add(repairs, "trailingSpacesTrimmed", r.trailingSpacesTrimmed());
            }
            boolean warned = law.warnings() != null && !law.warnings().isEmpty();
            if (warned || (r != null && r.puaUnmapped() > 0)) {
                needingTotal++;
                if (needing.size() < LISTED) {
                    needing.add(law);
                }
            }
        }
        return new Report(laws, provisions, repaired, repairs, byType, List.copyOf(needing), needingTotal);
    }

    private List<LawHealth> laws() {
        try {
            List<LawHealth> out = new ArrayList<>();
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> searchAfter = after;
                SearchResponse<LawHealth> response = client.search(s -> {
                    s.index(indices.laws())
                            .source(src -> src.filter(f -> f.includes("id", "title", "type", "provisionCount",
                                    "warnings", "repairs")))
                            .sort(o -> o.field(f -> f.field("id")))
                            .size(BATCH);
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, LawHealth.class);
                List<Hit<LawHealth>> hits = response.hits().hits();
                hits.forEach(hit -> out.add(hit.source()));
                if (hits.size() < BATCH) {
                    return out;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch request failed: " + e.getMessage(), e);
        }
    }

    private long count(String index) {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch request failed: " + e.getMessage(), e);
        }
    }

    private static void add(Map<String, Long> totals, String key, int value) {
        totals.merge(key, (long) value, Long::sum);
    }
}
