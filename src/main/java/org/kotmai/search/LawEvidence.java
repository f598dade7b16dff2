package org.kotmai.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Re-ranks the head of a result list by the evidence for each law: a provision whose law has several other
 * provisions among the best matches gains, one that stands alone in its law loses ground. Questions in everyday
 * language share few words with any single provision, but the law that deals with the matter matches in many.
 */
final class LawEvidence {

    /** How many of a law's best provisions count as its evidence. */
    static final int PER_LAW = 5;

    record Scored(Hit<ProvisionView> hit, double score) {
    }

    private LawEvidence() {
    }

    /**
     * The hits in their new order. Pinned hits (a score at or above {@code pinned}) stay first and count for
     * nothing.
     *
     * @param weight share of the best text score added for the law with the most evidence
     */
    static List<Scored> rerank(List<Hit<ProvisionView>> hits, double weight, double pinned) {
        List<Scored> out = new ArrayList<>();
        double top = hits.stream().map(Hit::score).filter(s -> s != null && s < pinned).findFirst().orElse(0.0);
        if (top <= 0 || weight <= 0) {
            hits.forEach(h -> out.add(new Scored(h, h.score() == null ? 0 : h.score())));
            return out;
        }
        Map<String, List<Double>> byLaw = new HashMap<>();
        for (Hit<ProvisionView> h : hits) {
            if (h.source() != null && h.score() != null && h.score() < pinned) {
                byLaw.computeIfAbsent(h.source().lawId(), id -> new ArrayList<>()).add(h.score() / top);
            }
        }
        Map<String, Double> evidence = new HashMap<>();
        byLaw.forEach((law, scores) -> evidence.put(law, scores.stream().sorted(Comparator.reverseOrder())
                .limit(PER_LAW).mapToDouble(Double::doubleValue).sum()));
        double most = evidence.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        for (Hit<ProvisionView> h : hits) {
            double score = h.score() == null ? 0 : h.score();
            if (score < pinned && h.source() != null) {
                score += weight * top * evidence.getOrDefault(h.source().lawId(), 0.0) / most;
            }
            out.add(new Scored(h, score));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out;
    }
}
