package org.kotmai.search;

import java.util.List;
import java.util.Set;

import org.kotmai.thai.ThaiQuantities;

/**
 * What a query was understood to ask.
 *
 * @param citations  provisions the query cites, resolved to a law, in the order typed
 * @param namedLaws  laws the query names without citing a provision
 * @param terms      the words to search the provisions' text with (the law's own name taken out), each once
 * @param expansions words added for abbreviations and synonyms in the query
 * @param yearBe     the year the query gives, or null
 * @param asked      the quantity a question asks for ("ภายในกี่วัน"), or null
 * @param everyday   the terms that are everyday words for a legal term among the expansions; they count less
 * @param term       the words of a short query as typed (function words kept, the law's name taken out), which a
 *                   section defining them would name ({@link org.kotmai.thai.DefinitionOpenings}); empty when the
 *                   query is too long to be the name of a legal institution
 * @param focus      the word a question asks about, right before its question words
 *                   ({@link org.kotmai.thai.ThaiQuestions}), or null when the query is not a question
 */
record Understanding(List<Citation> citations, List<LawEntry> namedLaws, List<String> terms,
        List<String> expansions, Integer yearBe, ThaiQuantities.Asked asked, Set<String> everyday,
        List<String> term, String focus) {

    /** A provision cited by number in a resolved law. */
    record Citation(LawEntry law, String number) {
    }

    boolean isEmpty() {
        return citations.isEmpty() && namedLaws.isEmpty() && terms.isEmpty() && expansions.isEmpty();
    }
}
