package org.kotmai.catalog;

/**
 * Text prepared for search by the application's Thai analysis ({@code org.kotmai.thai.ThaiAnalyzer}),
 * because the Elasticsearch node has no Thai tokenizer: each field holds tokens separated by single
 * spaces and is indexed with the {@code whitespace} analyzer. Queries are analysed by the same code, so
 * their tokens meet these. Fields that do not apply to a document are null.
 *
 * @param textTokens  words of the provision text
 * @param textGrams   character bigrams of the provision text: a recall net for words the segmenter
 *                    cuts differently in a document and in a query, and for typos
 * @param titleTokens words of the law's title
 * @param titleGrams  character bigrams of the law's title
 * @param pathTokens  words of the headings enclosing a provision
 * @param titleKey    the title reduced to a lookup key (see {@code org.kotmai.search.LawNames})
 * @param boilerplate a provision's title, commencement, repeal or minister clause, ranked down by search
 * @param lawSize     the number of provisions of a provision's law: search's prior for how central the law is
 */
public record SearchFields(
        String textTokens,
        String textGrams,
        String titleTokens,
        String titleGrams,
        String pathTokens,
        String titleKey,
        Boolean boilerplate,
        Integer lawSize) {
}
