package org.kotmai.search;

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

    /** Reads a search response (typed keys: aggregation and suggester names carry their kind before a '#'). */
    static Candidates read(JsonParser p) {
        List<LawEvidence.Candidate> hits = new ArrayList<>();
        long[] total = {0};
        boolean[] exact = {true};
        long took = 0;
        Map<String, List<SearchResult.FacetCount>> facets = Map.of();
        Map<String, String> corrections = Map.of();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "took" -> took = p.getLongValue();
                case "hits" -> readHits(p, hits, total, exact);
                case "aggregations" -> facets = readFacets(p);
                case "suggest" -> corrections = readCorrections(p);
                default -> p.skipChildren();
            }
        }
        return new Candidates(List.copyOf(hits), total[0], exact[0], took, facets, corrections);
    }

    private static void readHits(JsonParser p, List<LawEvidence.Candidate> hits, long[] total, boolean[] exact) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("total") && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("value")) {
                        total[0] = p.getLongValue();
                    } else if (field.equals("relation")) {
                        exact[0] = "eq".equals(p.getString());
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (name.equals("hits") && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    hits.add(readHit(p));
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** A hit as its score and the doc values re-ranking needs (id, lawId, ordinal). */
    private static LawEvidence.Candidate readHit(JsonParser p) {
        double score = 0;
        String id = null;
        String lawId = null;
        int ordinal = 0;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("_score")) {
                score = p.currentToken() == JsonToken.VALUE_NULL ? 0 : p.getDoubleValue();
            } else if (name.equals("fields") && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = p.currentName();
                    p.nextToken();
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
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String typed = p.currentName();
            p.nextToken();
            int hash = typed.indexOf('#');
            String kind = hash < 0 ? "" : typed.substring(0, hash);
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            read.put(typed.substring(hash + 1), counts);
            if (!kind.equals("sterms") && !kind.equals("lterms")) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("buckets") || p.currentToken() != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String key = null;
                    long count = 0;
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String bucketField = p.currentName();
                        p.nextToken();
                        if (bucketField.equals("key")) {
                            key = p.getValueAsString();
                        } else if (bucketField.equals("doc_count")) {
                            count = p.getLongValue();
                        } else {
                            p.skipChildren();
                        }
                    }
                    counts.add(new SearchResult.FacetCount(key, count));
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

    /** The first option of each term suggestion that has one. */
    private static Map<String, String> readCorrections(JsonParser p) {
        Map<String, String> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String typed = p.currentName();
            p.nextToken();
            if (!typed.startsWith("term#") || p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String text = null;
                String first = null;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("text")) {
                        text = p.getString();
                    } else if (field.equals("options") && p.currentToken() == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                                String option = p.currentName();
                                p.nextToken();
                                if (option.equals("text") && first == null) {
                                    first = p.getString();
                                } else {
                                    p.skipChildren();
                                }
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                if (text != null && first != null) {
                    out.put(text, first);
                }
            }
        }
        return out;
    }
}
