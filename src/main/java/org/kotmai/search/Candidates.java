package org.kotmai.search;

import static org.kotmai.search.ResponseTokens.eachObject;
import static org.kotmai.search.ResponseTokens.nextProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * What a search for ranked candidates answered, read from the response's tokens: only the fields asked for, in
 * a single pass without building the response's object tree.
 *
 * @param hits        the candidates in Elasticsearch's order
 * @param total       matching provisions; a lower bound when {@code exact} is false
 * @param took        milliseconds the node spent
 * @param facets      counts per value of each facet asked for, in the order of {@code SearchService.FACETS};
 *                    empty when none were asked
 * @param corrections each typed word missing from the index with its most common indexed neighbour
 */
record Candidates(List<LawEvidence.Candidate> hits, long total, boolean exact, long took,
        Map<String, List<SearchResult.FacetCount>> facets, Map<String, String> corrections) {

    private record Total(long value, boolean exact) {
    }

    /** Reads a search response (typed keys: aggregation and suggester names carry their kind before a '#'). */
    static Candidates read(JsonParser p) {
        List<LawEvidence.Candidate> hits = new ArrayList<>();
        Total total = new Total(0, true);
        long took = 0;
        Map<String, List<SearchResult.FacetCount>> facets = Map.of();
        Map<String, String> corrections = Map.of();
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "took" -> took = p.getLongValue();
                case "hits" -> total = readHits(p, hits);
                case "aggregations" -> facets = readFacets(p);
                case "suggest" -> corrections = readCorrections(p);
                default -> p.skipChildren();
            }
        }
        return new Candidates(List.copyOf(hits), total.value(), total.exact(), took, facets, corrections);
    }

    /** Adds the hits to {@code hits}; the total of matches, exact unless said otherwise. */
    private static Total readHits(JsonParser p, List<LawEvidence.Candidate> hits) {
        Total total = new Total(0, true);
        while (nextProperty(p)) {
            String name = p.currentName();
            if (name.equals("total") && p.currentToken() == JsonToken.START_OBJECT) {
                total = readTotal(p);
            } else if (name.equals("hits")) {
                eachObject(p, () -> hits.add(readHit(p)));
            } else {
                p.skipChildren();
            }
        }
        return total;
    }

    private static Total readTotal(JsonParser p) {
        long value = 0;
        boolean exact = true;
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "value" -> value = p.getLongValue();
                case "relation" -> exact = "eq".equals(p.getString());
                default -> p.skipChildren();
            }
        }
        return new Total(value, exact);
    }

    /** A hit as its score and the doc values re-ranking needs (id, lawId, ordinal). */
    private static LawEvidence.Candidate readHit(JsonParser p) {
        double score = 0;
        String id = null;
        String lawId = null;
        int ordinal = 0;
        while (nextProperty(p)) {
            String name = p.currentName();
            if (name.equals("_score")) {
                score = p.currentToken() == JsonToken.VALUE_NULL ? 0 : p.getDoubleValue();
            } else if (name.equals("fields") && p.currentToken() == JsonToken.START_OBJECT) {
                while (nextProperty(p)) {
                    String field = p.currentName();
                    if (p.currentToken() != JsonToken.START_ARRAY) {
                        p.skipChildren();
                        continue;
                    }
                    // Doc values come as arrays; these fields hold one value each.
                    for (boolean first = true; p.nextToken() != JsonToken.END_ARRAY; first = false) {
                        if (first) {
                            switch (field) {
                                case "id" -> id = p.getValueAsString();
                                case "lawId" -> lawId = p.getValueAsString();
                                case "ordinal" -> ordinal = p.getValueAsInt();
                                default -> { }
                            }
                        }
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (id == null || lawId == null) {
            throw new IllegalStateException("Elasticsearch hit without the doc values id and lawId");
        }
        return new LawEvidence.Candidate(id, lawId, ordinal, score);
    }

    /** The facets' buckets as value and count; aggregations other than string or long terms count nothing. */
    private static Map<String, List<SearchResult.FacetCount>> readFacets(JsonParser p) {
        Map<String, List<SearchResult.FacetCount>> read = new LinkedHashMap<>();
        while (nextProperty(p)) {
            String typed = p.currentName();
            int hash = typed.indexOf('#');
            String kind = hash < 0 ? "" : typed.substring(0, hash);
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            read.put(typed.substring(hash + 1), counts);
            if (!kind.equals("sterms") && !kind.equals("lterms")) {
                p.skipChildren();
                continue;
            }
            while (nextProperty(p)) {
                if (p.currentName().equals("buckets")) {
                    eachObject(p, () -> counts.add(readBucket(p)));
                } else {
                    p.skipChildren();
                }
            }
        }
        if (read.isEmpty()) {
            return Map.of();
        }
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        for (String facet : SearchService.FACETS) {
            out.put(facet, List.copyOf(read.getOrDefault(facet, List.of())));
        }
        return out;
    }

    private static SearchResult.FacetCount readBucket(JsonParser p) {
        String key = null;
        long count = 0;
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "key" -> key = p.getValueAsString();
                case "doc_count" -> count = p.getLongValue();
                default -> p.skipChildren();
            }
        }
        return new SearchResult.FacetCount(key, count);
    }

    /** The first option of each term suggestion that has one. */
    private static Map<String, String> readCorrections(JsonParser p) {
        Map<String, String> out = new LinkedHashMap<>();
        while (nextProperty(p)) {
            if (p.currentName().startsWith("term#")) {
                eachObject(p, () -> readCorrection(p, out));
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    /** Puts the suggestion's word with the text of its first option, when it has one. */
    private static void readCorrection(JsonParser p, Map<String, String> out) {
        String text = null;
        List<String> options = new ArrayList<>();
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "text" -> text = p.getString();
                case "options" -> eachObject(p, () -> readOptionText(p, options));
                default -> p.skipChildren();
            }
        }
        if (text != null && !options.isEmpty()) {
            out.put(text, options.get(0));
        }
    }

    private static void readOptionText(JsonParser p, List<String> texts) {
        while (nextProperty(p)) {
            if (p.currentName().equals("text")) {
                texts.add(p.getString());
            } else {
                p.skipChildren();
            }
        }
    }
}
