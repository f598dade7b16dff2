package org.kotmai.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.kotmai.thai.ThaiAnalyzer;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("bench")
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-tune",
        "logging.level.org.kotmai.ingest=WARN"})
class RelevanceTuningHarness {

    @Autowired ImportService imports;
    @Autowired ElasticsearchClient client;
    @Autowired CatalogIndices indices;
    @Autowired ThaiAnalyzer analyzer;
    @Autowired LawDirectory directory;
    @Autowired SearchProperties base;

    @Test
    void loop() throws Exception {
        imports.run(ImportSource.KRISDIKA, Path.of("../shared/corpus/krisdika"));
        Path dir = Path.of("/tmp/relh/queue");
        Path q = Path.of("../shared/eval/dev-queries.tsv");
        List<String> lines = Files.readAllLines(q, StandardCharsets.UTF_8);
        long end = System.currentTimeMillis() + 60 * 60_000;
        while (System.currentTimeMillis() < end && !Files.exists(Path.of("/tmp/relh/stop"))) {
            List<Path> cfgs;
            try (Stream<Path> s = Files.list(dir)) {
                cfgs = s.filter(p -> p.toString().endsWith(".cfg")).sorted().toList();
            }
            if (cfgs.isEmpty()) { Thread.sleep(2000); continue; }
            for (Path cfg : cfgs) {
                StringBuilder out = new StringBuilder();
                for (String line : Files.readAllLines(cfg)) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    try {
                        out.append(run(line.strip(), lines, q)).append('\n');
                    } catch (Exception e) {
                        out.append(line).append(" FAILED ").append(e).append('\n');
                    }
                }
                Files.writeString(Path.of(cfg.toString().replace(".cfg", ".out")), out);
                Files.delete(cfg);
            }
        }
    }

    private String run(String line, List<String> lines, Path q) throws Exception {
        Map<String, String> kv = new HashMap<>();
        for (String part : line.split("\\s+")) {
            String[] p = part.split("=", 2);
            kv.put(p[0], p.length > 1 ? p[1] : "");
        }
        if (kv.containsKey("k1") || kv.containsKey("b")) {
            String index = indices.provisions();
            client.indices().close(c -> c.index(index));
            client.indices().putSettings(p -> p.index(index).settings(s -> s.otherSettings(Map.of(
                    "index.similarity.provision_text.type", co.elastic.clients.json.JsonData.of("BM25"),
                    "index.similarity.provision_text.k1", co.elastic.clients.json.JsonData.of(kv.getOrDefault("k1", "0.9")),
                    "index.similarity.provision_text.b", co.elastic.clients.json.JsonData.of(kv.getOrDefault("b", "0.6"))))));
            client.indices().open(o -> o.index(index));
            client.cluster().health(h -> h.index(index).waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow));
        }
        SearchProperties.Ranking r = base.ranking();
        SearchProperties.Ranking t = new SearchProperties.Ranking(
                f(kv, "expansionBoost", r.expansionBoost()), f(kv, "everydayBoost", r.everydayBoost()),
                f(kv, "phraseBoost", r.phraseBoost()), f(kv, "coordinationBoost", r.coordinationBoost()),
                kv.getOrDefault("coordinationMinimum", r.coordinationMinimum()), f(kv, "coverageBoost", r.coverageBoost()), f(kv, "fuzzyBoost", r.fuzzyBoost()),
                f(kv, "gramBoost", r.gramBoost()), f(kv, "pathBoost", r.pathBoost()), f(kv, "titleBoost", r.titleBoost()),
                f(kv, "lawSizeWeight", r.lawSizeWeight()), f(kv, "boilerplateFactor", r.boilerplateFactor()),
                f(kv, "repealedFactor", r.repealedFactor()), f(kv, "lawEvidenceWeight", r.lawEvidenceWeight()),
                f(kv, "quantityBoost", r.quantityBoost()), kv.getOrDefault("gramMinimum", r.gramMinimum()),
                r.rescoreWindow());
        SearchProperties p = new SearchProperties(base.lawTableTtl(), base.maxQueryChars(), base.maxQueryTerms(),
                base.maxPageSize(), base.dictionaryFile(), t);
        QueryUnderstanding u = new QueryUnderstanding(analyzer, directory, p);
        SearchService service = new SearchService(client, indices, u, new ProvisionQueries(analyzer, p), p);
        RelevanceEvaluator ev = new RelevanceEvaluator(service, directory);
        EvaluationReport all = ev.evaluate(q);
        StringBuilder sb = new StringBuilder("### ").append(line).append('\n');
        sb.append(kv.containsKey("verbose") ? all.toText() : all.toText().lines().limit(7)
                .reduce("", (a, b) -> a + b + "\n"));
        for (int half = 0; half < 2; half++) {
            StringBuilder tsv = new StringBuilder(lines.get(0)).append('\n');
            for (int i = 1; i < lines.size(); i++) if (i % 2 == half) tsv.append(lines.get(i)).append('\n');
            EvaluationReport part = ev.evaluate(tsv.toString(), "half");
            sb.append(String.format("%s MRR %.3f HR1 %.3f%n", half == 0 ? "even" : "odd",
                    part.overall().mrr10(), part.overall().hr1()));
        }
        return sb.toString();
    }

    private static float f(Map<String, String> kv, String k, float d) {
        return kv.containsKey(k) ? Float.parseFloat(kv.get(k)) : d;
    }
}
