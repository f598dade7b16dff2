package org.kotmai.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Intervals;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Rescore;
import co.elastic.clients.elasticsearch.core.search.ScoreMode;
import org.kotmai.catalog.ProvisionIds;
import org.kotmai.catalog.SearchFields;
import org.kotmai.thai.DefinitionOpenings;
import org.kotmai.thai.ThaiAnalyzer;
import org.kotmai.thai.ThaiQuantities;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch query over provisions for an understood query. Only structured queries are built (match,
 * term, ids): user text never reaches a query parser, so no syntax in it means anything to Elasticsearch.
 *
 * <p>Ranking: cited provisions first (a constant far above any text score), then text relevance (BM25) over the
 * analysed words and their synonyms, with character bigrams as a recall net, one-edit variants for typos, the
 * headings and the law's title; provisions of a named law count double. The best hits of that first phase are
 * re-scored with extras for the words in order, for holding most of them (a word and its dictionary translation
 * counting as one), for the word a question asks about and for a number of the unit asked,
 * plus a small prior for central laws; boilerplate and repealed provisions are then ranked down, and the section
 * defining the term a short query names ("อันว่าขายฝากนั้น คือ…" for ขายฝาก) up. Weights are
 * {@link SearchProperties.Ranking}.
 *
 * <p>The provision text has its own BM25 similarity ({@code provision_text} in the provisions mapping, k1 0.5,
 * b 0.5 against Elasticsearch's 1.2 and 0.75): a word's repetitions add little and a long provision is penalised
 * less, so the provision holding more of the query's different words beats a short neighbour that repeats
 * one of them, the usual way the right law's wrong section came first.
 */
@Component
class ProvisionQueries {

    static final float CITED_BOOST = 1000f;
    private static final float NAMED_LAW_BOOST = 2f;
    private static final int MAX_GRAMS = 120;
    private static final int MAX_GRAM_TERMS = 4;
    private static final int MAX_PHRASE_TERMS = 12;

    private final ThaiAnalyzer analyzer;
    private final SearchProperties.Ranking ranking;

    ProvisionQueries(ThaiAnalyzer analyzer, SearchProperties properties) {
        this.analyzer = analyzer;
        this.ranking = properties.ranking();
    }

    /**
     * The query and the rescorers for an understood query.
     *
     * @param query     the first phase: cheap single-term matches over the whole catalog
     * @param rescores  the costly refinements, applied to the best {@code window} first-phase hits only
     * @param sort      the order of the hits when there is no text to rescore, else empty (Elasticsearch sorts
     *                  by score alone when it rescores)
     */
    record Plan(Query query, List<Rescore> rescores, List<SortOptions> sort) {
    }

    /**
     * Without text, a named law's provisions all score alike and would come in the index's order, which is not the
     * law's: equal scores follow the law's own order.
     */
    private static final List<SortOptions> SCORE_THEN_LAW_ORDER = List.of(
            SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))),
            SortOptions.of(s -> s.field(f -> f.field("ordinal").order(SortOrder.Asc))));

    Plan build(Understanding u, List<Query> filters, int window) {
        List<String> citedIds = u.citations().stream().map(c -> ProvisionIds.of(c.law().id(), c.number())).toList();
        List<FieldValue> lawIds = new ArrayList<>();
        u.citations().forEach(c -> lawIds.add(FieldValue.of(c.law().id())));
        u.namedLaws().forEach(l -> lawIds.add(FieldValue.of(l.id())));
        Query text = firstPhase(u);
        // A named law's provisions count double: a factor on the text score, so the text is evaluated once.
        Query scoredText = text == null || lawIds.isEmpty() ? text : Query.of(q -> q.functionScore(fs -> fs
                .query(text)
                .functions(f -> f.filter(lf -> lf.terms(t -> t.field("lawId").terms(v -> v.value(lawIds))))
                        .weight((double) NAMED_LAW_BOOST))
                .boostMode(FunctionBoostMode.Multiply)));
        Query query = Query.of(q -> q.bool(b -> {
            // Cited provisions come first, in the order of the citations.
            for (int i = 0; i < citedIds.size(); i++) {
                String id = citedIds.get(i);
                float boost = CITED_BOOST + citedIds.size() - i;
                b.should(s -> s.constantScore(c -> c.filter(f -> f.ids(ids -> ids.values(id))).boost(boost)));
            }
            if (scoredText != null) {
                b.should(scoredText);
            } else if (!lawIds.isEmpty()) {
                b.should(s -> s.constantScore(c -> c.filter(f -> f.terms(t -> t.field("lawId")
                        .terms(v -> v.value(lawIds)))).boost(1f)));
            }
            b.minimumShouldMatch("1");
            filters.forEach(b::filter);
            return b;
        }));
        if (text == null) {
            return new Plan(query, List.of(), SCORE_THEN_LAW_ORDER);
        }
        return new Plan(query, List.of(refinements(u, window), factors(u, window)), List.of());
    }

    /**
     * The words in order, most of the words together, the word a question asks about, a number of the unit
     * asked, and the prior for central laws, added to the first-phase score. Phrase and coordination scoring read
     * positions and every term again: worth it for the head of the ranking only.
     */
    private Rescore refinements(Understanding u, int window) {
        String words = String.join(" ", u.terms());
        Query extras = Query.of(q -> q.bool(b -> {
            // Every hit of the window gets the prior, whatever else it matches.
            b.must(m -> m.matchAll(a -> a.boost(0f)));
            if (u.terms().size() > 1 && u.terms().size() <= MAX_PHRASE_TERMS) {
                b.should(s -> s.matchPhrase(m -> m.field("search.textTokens").query(words).slop(2)
                        .boost(ranking.phraseBoost())));
            }
            if (u.terms().size() + u.expansions().size() > 1 && ranking.coordinationBoost() > 0) {
                List<String> concepts = concepts(u, analyzer);
                b.should(s -> s.bool(cb -> {
                    concepts.forEach(c -> cb.should(cs -> cs.match(m -> m.field("search.textTokens").query(c))));
                    return cb.minimumShouldMatch(ranking.coordinationMinimum()).boost(ranking.coordinationBoost());
                }));
            }
            if (u.focus() != null && ranking.focusBoost() > 0) {
                b.should(s -> s.match(m -> m.field("search.textTokens").query(u.focus())
                        .boost(ranking.focusBoost())));
            }
            if (u.asked() != null && ranking.quantityBoost() > 0) {
                b.should(quantity(u.asked()));
            }
            return b;
        }));
        Query withPrior = ranking.lawSizeWeight() == 0 ? extras : Query.of(q -> q.functionScore(fs -> fs
                .query(extras)
                .functions(f -> f.fieldValueFactor(v -> v.field("search.lawSize")
                        .modifier(FieldValueFactorModifier.Log1p)
                        .missing(1.0)).weight((double) ranking.lawSizeWeight()))
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Sum)));
        return Rescore.of(r -> r.windowSize(window).query(rq -> rq.query(withPrior)
                .scoreMode(ScoreMode.Total).queryWeight(1.0).rescoreQueryWeight(1.0)));
    }

    /**
     * What the coordination extra counts, each as one: a query word together with the legal words the dictionary
     * gives for it (กู้ with กู้ยืม), then each remaining expansion word. Counted apart, an everyday word and its
     * translation made a provision in the legal wording fall short of the share by the everyday word it cannot
     * hold, while a provision holding both counted twice.
     */
    static List<String> concepts(Understanding u, ThaiAnalyzer analyzer) {
        List<String> out = new ArrayList<>();
        Set<String> assigned = new HashSet<>(u.terms());
        for (String term : u.terms()) {
            Set<String> synonyms = new LinkedHashSet<>();
            if (u.everyday().contains(term)) {
                List<String> expanded = analyzer.queryTokens(term);
                expanded.subList(analyzer.tokens(term).size(), expanded.size()).stream()
                        .filter(u.expansions()::contains).forEach(synonyms::add);
            }
            assigned.addAll(synonyms);
            synonyms.add(term);
            out.add(String.join(" ", synonyms));
        }
        new LinkedHashSet<>(u.expansions()).stream().filter(e -> !assigned.contains(e)).forEach(out::add);
        return out;
    }

    /**
     * Factors applied after everything else is added: boilerplate and repealed provisions ranked down, and the
     * section defining the term a short query names ranked up.
     */
    private Rescore factors(Understanding u, int window) {
        Query factors = Query.of(q -> q.functionScore(fs -> {
            fs.query(m -> m.matchAll(a -> a))
                    .functions(f -> f.filter(t -> t.term(v -> v.field("repealed").value(true)))
                            .weight((double) ranking.repealedFactor()))
                    .functions(f -> f.filter(t -> t.term(v -> v.field("search.boilerplate").value(true)))
                            .weight((double) ranking.boilerplateFactor()));
            if (!u.term().isEmpty() && ranking.definitionFactor() != 1f) {
                String opening = String.join(" ", DefinitionOpenings.of(u.term()));
                fs.functions(f -> f.filter(d -> d.matchPhrase(m -> m.field("search.textTokens").query(opening)))
                        .weight((double) ranking.definitionFactor()));
            }
            return fs.scoreMode(FunctionScoreMode.Multiply).boostMode(FunctionBoostMode.Replace);
        }));
        return Rescore.of(r -> r.windowSize(window).query(rq -> rq.query(factors)
                .scoreMode(ScoreMode.Multiply).queryWeight(1.0).rescoreQueryWeight(1.0)));
    }

    /**
     * Provisions stating a number of the unit asked ("ภายในเจ็ดวัน" for "ภายในกี่วัน"), or a rate after ร้อยละ.
     */
    private Query quantity(ThaiQuantities.Asked asked) {
        List<Intervals> numbers = ThaiQuantities.NUMBER_WORDS.stream()
                .map(w -> Intervals.of(i -> i.match(m -> m.query(w)))).toList();
        Intervals number = Intervals.of(i -> i.anyOf(a -> a.intervals(numbers)));
        Intervals word = Intervals.of(i -> i.match(m -> m.query(asked.percent()
                ? String.join(" ", ThaiQuantities.PERCENT) : asked.unit()).ordered(true).maxGaps(0)));
        List<Intervals> sequence = asked.percent() ? List.of(word, number) : List.of(number, word);
        Query stated = Query.of(q -> q.intervals(iq -> iq.field("search.textTokens")
                .allOf(a -> a.intervals(sequence).ordered(true).maxGaps(0))));
        return Query.of(q -> q.bool(b -> b.should(stated).boost(ranking.quantityBoost())));
    }

    /** Whether the understood query searches text at all (otherwise only citations and named laws). */
    static boolean hasText(Understanding u) {
        return !u.terms().isEmpty() || !u.expansions().isEmpty();
    }

    /**
     * Each searched word once (legal terms, everyday words, expansions), typo variants and bigrams for short
     * queries, the headings and the law's title: single-term matches only, so Elasticsearch can skip documents
     * that cannot reach the top.
     */
    private Query firstPhase(Understanding u) {
        if (!hasText(u)) {
            return null;
        }
        String words = String.join(" ", u.terms());
        String legal = String.join(" ", u.terms().stream().filter(t -> !u.everyday().contains(t)).toList());
        String everyday = String.join(" ", u.terms().stream().filter(u.everyday()::contains).toList());
        String expansions = String.join(" ", new LinkedHashSet<>(u.expansions()));
        // The bigram net and one-edit variants catch typos and odd segmentation in a few words; over a whole question
        // they only add noise and cost.
        List<String> grams = u.terms().size() > MAX_GRAM_TERMS ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(analyzer.charNgrams(String.join("", u.terms()),
                        SearchFields.GRAM_SIZE)));
        String gramText = String.join(" ", grams.size() > MAX_GRAMS ? grams.subList(0, MAX_GRAMS) : grams);
        return Query.of(q -> q.bool(b -> {
            if (!words.isEmpty()) {
                // Everyday words the dictionary translates count less than the legal terms they stand for.
                if (!legal.isEmpty()) {
                    b.should(s -> s.match(m -> m.field("search.textTokens").query(legal).operator(Operator.Or)));
                }
                if (!everyday.isEmpty()) {
                    b.should(s -> s.match(m -> m.field("search.textTokens").query(everyday)
                            .boost(ranking.everydayBoost())));
                }
                if (u.terms().size() <= MAX_GRAM_TERMS) {
                    b.should(s -> s.match(m -> m.field("search.textTokens").query(words).fuzziness("1")
                            .prefixLength(1).maxExpansions(10).boost(ranking.fuzzyBoost())));
                }
                b.should(s -> s.match(m -> m.field("search.pathTokens").query(words).boost(ranking.pathBoost())));
                b.should(s -> s.match(m -> m.field("search.titleTokens").query(words).boost(ranking.titleBoost())));
            }
            if (!gramText.isEmpty()) {
                b.should(s -> s.match(m -> m.field("search.textGrams").query(gramText)
                        .minimumShouldMatch(ranking.gramMinimum()).boost(ranking.gramBoost())));
            }
            if (!expansions.isEmpty()) {
                b.should(s -> s.match(m -> m.field("search.textTokens").query(expansions)
                        .boost(ranking.expansionBoost())));
            }
            return b;
        }));
    }
}
