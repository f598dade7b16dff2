package org.kotmai.catalog;

/**
 * A provision prepared for search: text by the application's Thai analysis ({@code org.kotmai.thai.ThaiAnalyzer}),
 * because the Elasticsearch node has no Thai tokenizer: each field holds tokens separated by single
 * spaces and is indexed with the {@code whitespace} analyzer. Queries are analysed by the same code, so
 * their tokens meet these.
 *
 * @param textTokens  words of the provision text
 * @param textGrams   character bigrams of the provision text: a recall net for words the segmenter
 *                    cuts differently in a document and in a query, and for typos (a one-character slip
 *                    leaves most of a word's bigrams intact)
 * @param titleTokens words of the law's title
 * @param pathTokens  words of the headings enclosing the provision
 * @param boilerplate the provision is a title, commencement, repeal or minister clause, ranked down by search
 * @param lawSize     the number of provisions of its law: search's prior for how central the law is
 */
public record SearchFields(
        String textTokens,
        String textGrams,
        String titleTokens,
        String pathTokens,
        boolean boilerplate,
        int lawSize) {

    /** Size of the character n-grams in {@code textGrams}; queries on the field must use the same. */
    public static final int GRAM_SIZE = 2;
}
