package org.kotmai.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.QueryProfile;
import co.elastic.clients.elasticsearch.core.search.ShardProfile;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where Elasticsearch spends its time on the search requests of a query set: the profile of their clauses, summed
 * over the set, and the node's CPU per request when one part of the request is left out. Leaving parts out
 * changes the ranking, so these figures are for whoever tunes it; the service never sends such variants.
 */
final class QueryCostReport {

    private static final int REPETITIONS = 2;
    private static final int ROUNDS = 3;
    private static final int SHOWN_CLAUSES = 14;

    private final ElasticsearchClient client;
    private final List<SearchRequest> requests;
    private final ObjectMapper json = new ObjectMapper();

    QueryCostReport(ElasticsearchClient client, List<SearchRequest> requests) {
        this.client = client;
        this.requests = requests;
    }

    void print() throws IOException {
        System.out.println();
        System.out.println("=== Elasticsearch profile of the " + requests.size() + " first-page requests ===");
        printProfile();
        System.out.println("node CPU per request without the request cache, serial, least of " + ROUNDS
                + " rounds (leaving a part out):");
        Map<String, Consumer<ObjectNode>> variants = new LinkedHashMap<>();
        variants.put("as sent", r -> { });
        variants.put("without rescore", r -> r.remove("rescore"));
        variants.put("without suggest", r -> r.remove("suggest"));
        variants.put("without fuzzy match", r -> dropClauses(r, c -> c.has("match")
                && c.get("match").values().iterator().next().has("fuzziness")));
        variants.put("without bigram net", r -> dropClauses(r, c -> c.has("match")
                && c.get("match").has("search.textGrams")));
        variants.put("size 10, no rescore", r -> {
            r.remove("rescore");
            r.put("size", Math.min(10, r.path("size").asInt(10)));
        });
        // Rounds alternate the variants, so that a burst of load elsewhere on the machine does not favour one.
        Map<String, Double> least = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Consumer<ObjectNode>> v : variants.entrySet()) {
                least.merge(v.getKey(), nodeCpuPerRequest(v.getValue()), Math::min);
            }
        }
        double base = least.values().iterator().next();
        least.forEach((name, ms) -> System.out.printf(Locale.ROOT, "  %-22s %.2f ms (%+.0f%%)%n", name, ms,
                100 * (ms / base - 1)));
    }

    private void printProfile() throws IOException {
        Map<String, long[]> clauses = new LinkedHashMap<>();
        long rewrite = 0;
        long collect = 0;
        long fetch = 0;
        for (SearchRequest request : requests) {
            SearchRequest profiled = SearchRequest.of(s -> s.withJson(new java.io.StringReader(
                    JsonpUtils.toJsonString(request, client._jsonpMapper()))).index(request.index()).profile(true));
            for (ShardProfile shard : client.search(profiled, Void.class).profile().shards()) {
                for (var search : shard.searches()) {
                    rewrite += search.rewriteTime();
                    collect += search.collector().stream().mapToLong(c -> c.timeInNanos()).sum();
                    search.query().forEach(q -> add(clauses, q, 0));
                }
                if (shard.fetch() != null) {
                    fetch += shard.fetch().timeInNanos();
                }
            }
        }
        System.out.printf(Locale.ROOT, "per request: rewrite %.2f ms, collectors %.2f ms, fetch %.2f ms%n",
                rewrite / 1e6 / requests.size(), collect / 1e6 / requests.size(), fetch / 1e6 / requests.size());
        System.out.println("clauses by time summed over the set (depth, type, field), per request:");
        clauses.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(SHOWN_CLAUSES).forEach(e -> System.out.printf(Locale.ROOT, "  %-70s %.3f ms in %d requests%n",
                        e.getKey(), e.getValue()[0] / 1e6 / requests.size(), e.getValue()[1]));
    }

    private static void add(Map<String, long[]> clauses, QueryProfile q, int depth) {
        String key = depth + " " + q.type() + " " + field(q.description());
        long[] sum = clauses.computeIfAbsent(key, k -> new long[2]);
        sum[0] += q.timeInNanos();
        sum[1]++;
        if (depth < 4) {
            q.children().forEach(c -> add(clauses, c, depth + 1));
        }
    }

    /** The field a Lucene query description names, or the start of the description. */
    private static String field(String description) {
        int colon = description.indexOf(':');
        String head = colon > 0 ? description.substring(0, colon) : description;
        head = head.replaceAll("^[+()#\\s]+", "");
        return head.length() > 40 ? head.substring(0, 40) : head;
    }

    private double nodeCpuPerRequest(Consumer<ObjectNode> change) throws IOException {
        RestClient rest = ((RestClientTransport) client._transport()).restClient();
        List<Request> sent = new ArrayList<>();
        for (SearchRequest request : requests) {
            ObjectNode body = (ObjectNode) json.readTree(JsonpUtils.toJsonString(request, client._jsonpMapper()));
            change.accept(body);
            Request r = new Request("POST", "/" + String.join(",", request.index()) + "/_search");
            r.setJsonEntity(json.writeValueAsString(body));
            sent.add(r);
        }
        for (Request r : sent) {
            rest.performRequest(r);
        }
        long before = nodeCpu();
        for (int pass = 0; pass < REPETITIONS; pass++) {
            for (Request r : sent) {
                rest.performRequest(r);
            }
        }
        return (nodeCpu() - before) / 1e6 / (REPETITIONS * sent.size());
    }

    private static long nodeCpu() {
        return ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    /** Removes, anywhere in the request, the clauses of a clause list that the predicate picks. */
    private static void dropClauses(JsonNode node, Predicate<JsonNode> drop) {
        if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (drop.test(array.get(i))) {
                    array.remove(i);
                } else {
                    dropClauses(array.get(i), drop);
                }
            }
        } else if (node instanceof ObjectNode object) {
            for (Iterator<JsonNode> it = object.values().iterator(); it.hasNext(); ) {
                dropClauses(it.next(), drop);
            }
        }
    }
}
