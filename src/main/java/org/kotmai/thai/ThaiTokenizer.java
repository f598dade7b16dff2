package org.kotmai.thai;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns repaired text into tokens: abbreviations found first and kept whole as their dictionary token,
 * the text between them segmented into words.
 */
final class ThaiTokenizer {

    private final ThaiWordSegmenter segmenter;

    ThaiTokenizer(ThaiWordSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    List<String> tokens(String repaired, AbbreviationDictionary dictionary) {
        List<String> out = new ArrayList<>();
        int plainStart = 0;
        int i = 0;
        while (i < repaired.length()) {
            AbbreviationDictionary.Match match = dictionary.matchAt(repaired, i);
            if (match == null) {
                i++;
                continue;
            }
            segmenter.addWords(repaired.substring(plainStart, i), out);
            out.add(match.token());
            i += match.length();
            plainStart = i;
        }
        segmenter.addWords(repaired.substring(plainStart), out);
        return out;
    }
}
