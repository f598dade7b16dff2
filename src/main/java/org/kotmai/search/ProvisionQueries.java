package org.kotmai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Intervals;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.kotmai.catalog.ProvisionIds;
import org.kotmai.catalog.SearchFields;
import org.kotmai.thai.ThaiAnalyzer;
import org.kotmai.thai.ThaiQuantities;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch query over provisions for an understood query. Only structured queries are built (match,
 * term, ids): user text never reaches a query parser, so no syntax in it means anything to Elasticsearch.
 *
 * <p>Ranking: cited provisions first (a constant far above any text score), then text relevance (BM25) over the
 * analysed words and their synonyms, with extras for the words in order and for holding most of them, character
 * bigrams as a recall net, one-edit variants for typos, the headings and the law's title, plus a small prior for
 * central laws; provisions of a named law count double; boilerplate and repealed provisions are ranked down.
 * Weights are {@link SearchProperties.Ranking}.
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

    Query build(Understanding u, List<Query> filters) {
        List<String> citedIds = u.citations().stream().map(c -> ProvisionIds.of(c.law().id(), c.number())).toList();
        List<FieldValue> lawIds = new ArrayList<>();
        u.citations().forEach(c -> lawIds.add(FieldValue.of(c.law().id())));
        u.namedLaws().forEach(l -> lawIds.add(FieldValue.of(l.id())));
        Query text = text(u);
        Query ranked = Query.of(q -> q.bool(b -> {
            // Cited provisions come first, in the order of the citations.
            for (int i = 0; i < citedIds.size(); i++) {
                String id = citedIds.get(i);
                float boost = CITED_BOOST + citedIds.size() - i;
                b.should(s -> s.constantScore(c -> c.filter(f -> f.ids(ids -> ids.values(id))).boost(boost)));
            }
            if (text != null) {
                b.should(text);
                if (!lawIds.isEmpty()) {
                    b.should(s -> s.bool(n -> n.must(text).filter(f -> f.terms(t -> t.field("lawId")
                            .terms(v -> v.value(lawIds)))).boost(NAMED_LAW_BOOST)));
                }
            } else if (!lawIds.isEmpty()) {
                b.should(s -> s.constantScore(c -> c.filter(f -> f.terms(t -> t.field("lawId")
                        .terms(v -> v.value(lawIds)))).boost(1f)));
            }
            b.minimumShouldMatch("1");
            filters.forEach(b::filter);
            return b;
        }));
        Query withPrior = text == null || ranking.lawSizeWeight() == 0 ? ranked : Query.of(q -> q.functionScore(fs -> fs
                .query(ranked)
                .functions(f -> f.fieldValueFactor(v -> v.field("search.lawSize")
                        .modifier(FieldValueFactorModifier.Log1p)
                        .missing(1.0)).weight((double) ranking.lawSizeWeight()))
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Sum)));
        Query notRepealed = Query.of(q -> q.boosting(bo -> bo.positive(withPrior)
                .negative(n -> n.term(t -> t.field("repealed").value(true)))
                .negativeBoost((double) ranking.repealedFactor())));
        return Query.of(q -> q.boosting(bo -> bo.positive(notRepealed)
                .negative(n -> n.term(t -> t.field("search.boilerplate").value(true)))
                .negativeBoost((double) ranking.boilerplateFactor())));
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

    private Query text(Understanding u) {
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
        String all = (words + " " + expansions).strip();
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
                if (u.terms().size() > 1 && u.terms().size() <= MAX_PHRASE_TERMS) {
                    b.should(s -> s.matchPhrase(m -> m.field("search.textTokens").query(words).slop(2)
                            .boost(ranking.phraseBoost())));
                }
                b.should(s -> s.match(m -> m.field("search.pathTokens").query(words).boost(ranking.pathBoost())));
                b.should(s -> s.match(m -> m.field("search.titleTokens").query(words).boost(ranking.titleBoost())));
            }
            if (u.terms().size() + u.expansions().size() > 1 && ranking.coordinationBoost() > 0) {
                b.should(s -> s.match(m -> m.field("search.textTokens").query(all)
                        .minimumShouldMatch(ranking.coordinationMinimum()).boost(ranking.coordinationBoost())));
            }
            if (!gramText.isEmpty()) {
                b.should(s -> s.match(m -> m.field("search.textGrams").query(gramText).boost(ranking.gramBoost())));
            }
            if (!expansions.isEmpty()) {
                b.should(s -> s.match(m -> m.field("search.textTokens").query(expansions)
                        .boost(ranking.expansionBoost())));
            }
            if (u.asked() != null && ranking.quantityBoost() > 0) {
                b.should(quantity(u.asked()));
            }
            return b;
        }));
    }
}
