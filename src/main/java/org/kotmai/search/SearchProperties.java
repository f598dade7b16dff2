package org.kotmai.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings.
 *
 * @param lawTableTtl     how long the in-memory table of law names may go unchecked; after that the next search
 *                        reloads it if the catalog changed
 * @param maxQueryChars   longest query accepted; longer ones are refused with 400
 * @param maxQueryTerms   most distinct words sent to Elasticsearch for one query; long pasted texts are reduced to
 *                        their most telling words, so no query comes near the clause limit
 * @param maxPageSize     largest {@code size} a search may ask for
 * @param dictionaryFile  where the abbreviation and synonym dictionary edited through the admin API is kept, so
 *                        that it survives a restart; absent means the shipped dictionary is in force
 * @param ranking         weights of the ranking (see {@link Ranking})
 */
@ConfigurationProperties("kotmai.search")
public record SearchProperties(
        @DefaultValue("10s") Duration lawTableTtl,
        @DefaultValue("20000") int maxQueryChars,
        @DefaultValue("48") int maxQueryTerms,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("${kotmai.data-dir:./data}/thai/abbreviations.tsv") Path dictionaryFile,
        @DefaultValue Ranking ranking) {

    /**
     * Weights of the text ranking, relative to a BM25 match of the query's words in a provision's text (1).
     *
     * @param expansionBoost    words added for abbreviations and synonyms
     * @param everydayBoost     the everyday words a synonym stands in for (เงินเดือน for ค่าจ้าง)
     * @param phraseBoost       the query's words in order (up to two words apart)
     * @param coordinationBoost extra for provisions holding most of the query's words ({@code coordinationMinimum})
     * @param coordinationMinimum share of the query's words a provision must hold for the coordination extra; a
     *                          word and the dictionary's legal words for it count as one
     * @param fuzzyBoost        words one edit away (typos)
     * @param gramBoost         character bigrams, the recall net for short queries
     * @param pathBoost         the headings above the provision
     * @param titleBoost        the law's title
     * @param lawSizeWeight     added per decade of the law's provision count: central laws (codes) first on ties
     * @param boilerplateFactor score factor of title, commencement, repeal and minister clauses
     * @param repealedFactor    score factor of repealed provisions
     * @param definitionFactor  score factor of the section defining the term a short query names, the way codes
     *                          define an institution ("อันว่าขายฝากนั้น คือ…")
     * @param focusBoost        the word a question asks about, right before its question words ("อนุญาต" in
     *                          "เลี้ยงผึ้งโดยไม่ขออนุญาตได้ไหม"), matched once more in the re-scored head
     * @param quantityBoost     a number of the unit a question asks for ("ภายในเจ็ดวัน" for "กี่วัน")
     * @param lawEvidenceWeight share of the best score added to the provisions of the law with most matching
     *                          provisions among the first 50 ({@code LawEvidence}); 0 turns re-ranking off
     * @param gramMinimum       share of a short query's character bigrams a provision must hold for the bigram
     *                          net to count; a high share keeps the net cheap (rare bigrams lead) and precise
     * @param rescoreWindow     first-phase hits re-scored with phrase, coordination, quantity, prior and
     *                          demotions; at least 50 (the re-ranked head)
     */
    public record Ranking(
            @DefaultValue("1.0") float expansionBoost,
            @DefaultValue("0.25") float everydayBoost,
            @DefaultValue("2.0") float phraseBoost,
            @DefaultValue("1.0") float coordinationBoost,
            @DefaultValue("60%") String coordinationMinimum,
            @DefaultValue("0.3") float fuzzyBoost,
            @DefaultValue("0.8") float gramBoost,
            @DefaultValue("0.5") float pathBoost,
            @DefaultValue("0.3") float titleBoost,
            @DefaultValue("3.0") float lawSizeWeight,
            @DefaultValue("0.3") float boilerplateFactor,
            @DefaultValue("0.2") float repealedFactor,
            @DefaultValue("0.4") float lawEvidenceWeight,
            @DefaultValue("6.0") float quantityBoost,
            @DefaultValue("0.75") float focusBoost,
            @DefaultValue("1.5") float definitionFactor,
            @DefaultValue("50%") String gramMinimum,
            @DefaultValue("50") int rescoreWindow) {
    }
}
