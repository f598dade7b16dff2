package org.kotmai.thai;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The legal abbreviation and alias dictionary (data file {@value #RESOURCE}) used to keep abbreviations
 * whole during analysis and to expand queries. The dictionary can be replaced at run time; analysis and
 * expansion always see one complete version, never a mix.
 *
 * <p>Replacing the dictionary changes the tokens produced for abbreviations, so documents indexed before
 * the change keep the old tokens until they are re-indexed.
 */
@Component
public final class ThaiAbbreviations {

    static final String RESOURCE = "thai/abbreviations.tsv";

    /** An alias or synonym: its spelling as tokens and as a compact key, and its analysed expansion. */
    private record Alias(List<String> key, String compact, List<String> expansion, boolean synonym) {
    }

    /**
     * Variants at least this long are also found inside a longer word of the query, because the word segmenter
     * often glues a Thai word to its neighbour ("โพสต์ใส่ร้าย"); shorter ones would be found inside unrelated
     * words (ลูก in ลูกจ้าง).
     */
    static final int INSIDE_WORDS = 5;

    private record Loaded(AbbreviationDictionary dictionary, Map<String, List<String>> expansionsByToken,
            List<Alias> aliases, String tsv) {
    }

    /**
     * One dictionary line, for code that builds its own lookups from the dictionary (such as the search's
     * table of law names).
     *
     * @param kind      the line's kind
     * @param variants  the spellings, lowercased, as written in the file
     * @param expansion what they stand for
     */
    public record Entry(Kind kind, List<String> variants, String expansion) {

        public boolean abbreviation() {
            return kind == Kind.ABBREVIATION;
        }
    }

    /** {@code abbr}: an abbreviation; {@code alias}: an everyday name of a law; {@code syn}: an everyday word. */
    public enum Kind {
        ABBREVIATION, ALIAS, SYNONYM
    }

    private final ThaiTextRepair repair;
    private final ThaiTokenizer tokenizer;
    private final AtomicReference<Loaded> current = new AtomicReference<>();

    ThaiAbbreviations(ThaiTextRepair repair, ThaiWordSegmenter segmenter) {
        this.repair = repair;
        this.tokenizer = new ThaiTokenizer(segmenter);
        String shipped = ThaiResources.text(RESOURCE);
        current.set(load(AbbreviationDictionary.parse(shipped, "classpath:" + RESOURCE), shipped));
    }

    /**
     * Validates {@code tsv} (format described in {@link AbbreviationDictionary}) and makes it the
     * dictionary in force. On an error the previous dictionary stays in force.
     *
     * @param source names the content in error messages, e.g. an uploaded file's name
     * @throws IllegalArgumentException naming the source and the line of the first malformed entry
     */
    public void replace(String tsv, String source) {
        current.set(load(AbbreviationDictionary.parse(tsv, source), tsv));
    }

    /** The dictionary in force, as TSV in the format of the shipped file. */
    public String tsv() {
        return current.get().tsv();
    }

    /** The entries in force, in file order. */
    public List<Entry> entries() {
        return current.get().dictionary().entries().stream()
                .map(e -> new Entry(switch (e.kind()) {
                    case ABBR -> Kind.ABBREVIATION;
                    case ALIAS -> Kind.ALIAS;
                    case SYN -> Kind.SYNONYM;
                }, e.variants(), e.expansion()))
                .toList();
    }

    /** Number of entries (abbreviations and aliases) in force. */
    public int size() {
        return current.get().dictionary().entries().size();
    }

    /**
     * The query's tokens followed by the analysed expansion of every abbreviation token and every alias
     * (as a contiguous run of tokens) found in them. Originals come first so that a caller can weight
     * them above expansions; each expansion is added once.
     *
     * @param tokens tokens produced by {@link ThaiAnalyzer#tokens(String)}
     */
    public List<String> expand(List<String> tokens) {
        return expand(tokens, "");
    }

    /**
     * As {@link #expand(List)}, and also for aliases and synonyms of at least {@value #INSIDE_WORDS} characters
     * found anywhere in the query's compact key ({@link ThaiAnalyzer#compactKey}).
     */
    public List<String> expand(List<String> tokens, String compactQuery) {
        Loaded loaded = current.get();
        Set<List<String>> expansions = new LinkedHashSet<>();
        for (String token : tokens) {
            List<String> expansion = loaded.expansionsByToken().get(token);
            if (expansion != null) {
                expansions.add(expansion);
            }
        }
        for (Alias alias : loaded.aliases()) {
            boolean asWords = !alias.key().isEmpty() && Collections.indexOfSubList(tokens, alias.key()) >= 0;
            boolean insideWords = alias.compact().length() >= INSIDE_WORDS && compactQuery.contains(alias.compact());
            if (asWords || insideWords) {
                expansions.add(alias.expansion());
            }
        }
        List<String> out = new ArrayList<>(tokens);
        expansions.forEach(out::addAll);
        return List.copyOf(out);
    }

    /**
     * The query's tokens that are everyday words for which the dictionary gives the legal term ({@code syn}
     * entries), found as for {@link #expand(List, String)}; a word that the expansion repeats is not one.
     */
    public Set<String> everydayWords(List<String> tokens, String compactQuery) {
        Set<String> out = new LinkedHashSet<>();
        for (Alias alias : current.get().aliases()) {
            if (!alias.synonym()) {
                continue;
            }
            int at = alias.key().isEmpty() ? -1 : Collections.indexOfSubList(tokens, alias.key());
            if (at >= 0) {
                out.addAll(alias.key());
            } else if (alias.compact().length() >= INSIDE_WORDS && compactQuery.contains(alias.compact())) {
                tokens.stream().filter(t -> t.length() > 1 && (alias.compact().contains(t) || t.contains(alias.compact())))
                        .forEach(out::add);
            }
            alias.expansion().forEach(out::remove);
        }
        return out;
    }

    AbbreviationDictionary dictionary() {
        return current.get().dictionary();
    }

    private Loaded load(AbbreviationDictionary dictionary, String tsv) {
        Map<String, List<String>> byToken = new HashMap<>();
        List<Alias> aliases = new ArrayList<>();
        for (AbbreviationDictionary.Entry entry : dictionary.entries()) {
            List<String> expansion = analyse(entry.expansion(), dictionary);
            if (entry.kind() == AbbreviationDictionary.Kind.ABBR) {
                byToken.put(entry.token(), expansion);
            } else {
                for (String variant : entry.variants()) {
                    aliases.add(new Alias(analyse(variant, dictionary),
                            ThaiAnalyzer.compact(repair.repair(variant, false).text()), expansion,
                            entry.kind() == AbbreviationDictionary.Kind.SYN));
                }
            }
        }
        return new Loaded(dictionary, Map.copyOf(byToken), List.copyOf(aliases), tsv);
    }

    private List<String> analyse(String text, AbbreviationDictionary dictionary) {
        return List.copyOf(tokenizer.tokens(repair.repair(text, false).text(), dictionary));
    }
}
