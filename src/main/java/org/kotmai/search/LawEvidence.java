package org.kotmai.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-ranks the head of a result list by the evidence for each law: a provision whose law has several other
 * provisions among the best matches gains, one that stands alone in its law loses ground. Questions in everyday
 * language share few words with any single provision, but the law that deals with the matter matches in many.
 */
final class LawEvidence {

    /** How many of a law's best provisions count as its evidence. */
    static final int PER_LAW = 5;

    /** A first-phase hit: the provision's id, its law, its place in the law, and its Elasticsearch score. */
    record Candidate(String id, String lawId, int ordinal, double score) {
    }

    record Scored(Candidate candidate, double score) {

        int ordinal() {
            return candidate.ordinal();
        }
    }

    private LawEvidence() {
    }

    /**
     * The hits in their new order. Pinned hits (a score at or above {@code pinned}) stay first and count for
     * nothing.
     *
     * @param weight share of the best text score added for the law with the most evidence
     */
    static List<Scored> rerank(List<Candidate> hits, double weight, double pinned) {
        List<Scored> out = new ArrayList<>();
        double top = hits.stream().mapToDouble(Candidate::score).filter(s -> s < pinned).findFirst().orElse(0.0);
        if (top <= 0 || weight <= 0) {
            hits.forEach(h -> out.add(new Scored(h, h.score())));
            return out;
        }
        Map<String, List<Double>> byLaw = new HashMap<>();
        for (Candidate h : hits) {
            if (h.score() < pinned) {
                byLaw.computeIfAbsent(h.lawId(), id -> new ArrayList<>()).add(h.score() / top);
            }
        }
        Map<String, Double> evidence = new HashMap<>();
        byLaw.forEach((law, scores) -> evidence.put(law, scores.stream().sorted(Comparator.reverseOrder())
                .limit(PER_LAW).mapToDouble(Double::doubleValue).sum()));
        double most = evidence.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        for (Candidate h : hits) {
            double score = h.score();
            if (score < pinned) {
                score += weight * top * evidence.getOrDefault(h.lawId(), 0.0) / most;
            }
            out.add(new Scored(h, score));
        }
        // Equal scores keep the order of the law's text.
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::ordinal));
        return out;
    }
}
