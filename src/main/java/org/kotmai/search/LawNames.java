package org.kotmai.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.thai.ThaiAbbreviations;
import org.kotmai.thai.ThaiAnalyzer;

/**
 * The names by which people refer to the catalogued laws, and the matching of a typed name to them. Built
 * from data only: each law's title (with and without its instrument word), the title with the instrument word
 * abbreviated as the dictionary abbreviates it (พ.ร.บ.คุ้มครองแรงงาน), the dictionary's abbreviations that stand
 * for a whole title (ป.พ.พ.) and its everyday names of laws (พ.ร.บ.คอม). Names are compared as compact keys
 * ({@link ThaiAnalyzer#compactKey}), so dots, spaces and digit scripts do not matter.
 */
final class LawNames {

    /**
     * How well a typed name fits a law, on a scale where 100 is an exact name, 90 a dictionary abbreviation
     * typed as a word of its own, 80–90 a full name inside longer text, 60–85 part of a name or a name typed
     * without its instrument word, below 60 a resemblance; a matching year adds, a different one subtracts.
     */
    record Candidate(LawEntry law, double score) {
    }

    private record Keys(String full, String name, Set<String> shorts) {
    }

    /** The score of a dictionary abbreviation typed as a word of its own; below it a name was typed in part. */
    static final double WORD_OF_ITS_OWN = 90;

    /** The score of a full title or dictionary name found inside longer text. */
    static final double CONTAINED = 80;

    private record TypeWord(String key, InstrumentType type) {
    }

    private static final Pattern YEAR_AND_AFTER = Pattern.compile(
            "\\s*(?:พ\\.?\\s*ศ\\.?|พุทธศักราช|ค\\.?\\s*ศ\\.?)\\s*[0-9๐-๙]{4}.*$");
    private static final Pattern EDITION = Pattern.compile("\\(\\s*ฉบับที่[^)]*\\)");
    private static final String ABOUT = "ว่าด้วย";
    /** The word for "law" used as a generic instrument word: "กฎหมายลิขสิทธิ์". */
    private static final String GENERIC = "กฎหมาย";

    private final ThaiAnalyzer analyzer;
    private final List<LawEntry> laws;
    private final Map<String, LawEntry> byId;
    private final Map<String, Keys> keysById;
    private final List<TypeWord> typeWords;

    private LawNames(ThaiAnalyzer analyzer, List<LawEntry> laws, Map<String, Keys> keysById,
            List<TypeWord> typeWords) {
        this.analyzer = analyzer;
        this.laws = List.copyOf(laws);
        Map<String, LawEntry> ids = new HashMap<>();
        laws.forEach(l -> ids.put(l.id(), l));
        this.byId = Map.copyOf(ids);
        this.keysById = Map.copyOf(keysById);
        this.typeWords = List.copyOf(typeWords);
    }

    static LawNames build(List<LawEntry> laws, List<ThaiAbbreviations.Entry> dictionary, ThaiAnalyzer analyzer) {
        List<TypeWord> typeWords = typeWords(dictionary, analyzer);
        Map<String, Set<String>> shorts = new HashMap<>();
        Map<String, String> fullById = new HashMap<>();
        for (LawEntry law : laws) {
            String full = analyzer.compactKey(titleWithoutYear(law.title()));
            fullById.put(law.id(), full);
            Set<String> own = shorts.computeIfAbsent(law.id(), id -> new LinkedHashSet<>());
            for (ThaiAbbreviations.Entry entry : dictionary) {
                String expansion = analyzer.compactKey(entry.expansion());
                if (expansion.isEmpty() || !entry.abbreviation() || !full.startsWith(expansion)) {
                    continue;
                }
                for (String variant : entry.variants()) {
                    own.add(analyzer.compactKey(variant) + full.substring(expansion.length()));
                }
            }
        }
        for (ThaiAbbreviations.Entry entry : dictionary) {
            if (entry.kind() != ThaiAbbreviations.Kind.ALIAS) {
                continue;
            }
            String expansion = analyzer.compactKey(entry.expansion());
            List<LawEntry> named = laws.stream().filter(l -> fullById.get(l.id()).equals(expansion)).toList();
            if (named.isEmpty()) {
                named = laws.stream().filter(l -> fullById.get(l.id()).startsWith(expansion)).toList();
            }
            for (LawEntry law : named) {
                entry.variants().forEach(v -> shorts.get(law.id()).add(analyzer.compactKey(v)));
            }
        }
        Map<String, Keys> keys = new HashMap<>();
        for (LawEntry law : laws) {
            String full = fullById.get(law.id());
            Set<String> own = shorts.get(law.id());
            own.remove(full);
            keys.put(law.id(), new Keys(full, nameOf(full, typeWords), Set.copyOf(own)));
        }
        return new LawNames(analyzer, laws, keys, typeWords);
    }

    List<LawEntry> laws() {
        return laws;
    }

    Optional<LawEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Whether a query word is part of how the law is named: an instrument word or abbreviation, a dictionary name
     * of the law or a word of one ("commercial" of "civil and commercial code"), so that it is not searched for in
     * the law's provisions.
     */
    boolean isNameOf(LawEntry law, String token) {
        String key = analyzer.compactKey(token);
        Set<String> shorts = keysById.get(law.id()).shorts();
        return shorts.contains(key) || typeWords.stream().anyMatch(t -> t.key().equals(key))
                || (key.length() >= 3 && shorts.stream().anyMatch(s -> s.contains(key)));
    }

    /**
     * Laws one of whose names starts with the typed text (title, title without its instrument word, dictionary
     * names), shortest title first, at most {@code limit}; for autocomplete.
     */
    List<LawEntry> startingWith(String typed, int limit) {
        String m = analyzer.compactKey(typed);
        if (m.isEmpty()) {
            return List.of();
        }
        return laws.stream().filter(l -> {
            Keys k = keysById.get(l.id());
            return k.full().startsWith(m) || k.name().startsWith(m)
                    || k.shorts().stream().anyMatch(s -> s.startsWith(m));
        }).sorted(Comparator.comparingInt((LawEntry l) -> keysById.get(l.id()).full().length()))
                .limit(limit).toList();
    }

    /**
     * The laws a typed name may refer to, best first, at most {@code limit}.
     *
     * @param mention what the user typed for the law, without provision numbers and years
     * @param yearBe  a year typed with it, or null
     */
    List<Candidate> resolve(String mention, Integer yearBe, int limit) {
        String m = analyzer.compactKey(mention);
        if (m.length() < 2) {
            return List.of();
        }
        Set<String> words = new HashSet<>();
        analyzer.tokens(mention).forEach(t -> words.add(analyzer.compactKey(t)));
        TypeWord typed = typeWords.stream().filter(t -> m.startsWith(t.key())).findFirst().orElse(null);
        String rest = typed == null ? null : stripAbout(m.substring(typed.key().length()));
        List<Candidate> out = new ArrayList<>();
        for (LawEntry law : laws) {
            Keys keys = keysById.get(law.id());
            double score = Math.max(byWholeName(m, words, keys), typed == null
                    ? byBareName(m, keys.name()) : byTypedName(rest, typed, law, keys.name()));
            if (score <= 0) {
                continue;
            }
            if (yearBe != null && law.yearBe() != null) {
                score += law.yearBe().equals(yearBe) ? 12 : -25;
            }
            if (typed != null && typed.type() != null) {
                score += law.type() == typed.type() ? 4 : -8;
            }
            // Between equal matches, the law whose title says least beyond the name is the one meant.
            out.add(new Candidate(law, score - keys.full().length() * 0.001));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    /**
     * The laws among {@code candidates} (best first, as {@link #resolve} gives them) whose names fit within
     * {@code margin} points of the best. Best first, except for a name typed only in part ("พรบ.ค้ามนุษย์"): it
     * fits the short title of a side law (วิธีพิจารณาคดีค้ามนุษย์) better than the long title of the central one
     * (ป้องกันและปราบปรามการค้ามนุษย์), so the law with most provisions, the likelier meaning, comes first.
     */
    static List<LawEntry> fitting(List<Candidate> candidates, double margin) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        double best = candidates.get(0).score();
        List<LawEntry> out = candidates.stream().filter(c -> c.score() > best - margin).map(Candidate::law)
                .toList();
        if (best >= WORD_OF_ITS_OWN) {
            return out;
        }
        return out.stream().sorted(Comparator.comparingInt(
                (LawEntry l) -> l.provisionCount() == null ? 0 : l.provisionCount()).reversed()).toList();
    }

    private static double byWholeName(String m, Set<String> words, Keys keys) {
        if (m.equals(keys.full()) || keys.shorts().contains(m)) {
            return 100;
        }
        if (words.contains(keys.full()) || keys.shorts().stream().anyMatch(words::contains)) {
            return WORD_OF_ITS_OWN;
        }
        double best = 0;
        if (keys.full().length() >= 4 && m.contains(keys.full())) {
            best = CONTAINED + 10.0 * keys.full().length() / m.length();
        }
        for (String s : keys.shorts()) {
            if (s.length() >= 5 && m.contains(s)) {
                best = Math.max(best, CONTAINED + 10.0 * s.length() / m.length());
            }
        }
        return best;
    }

    private static double byTypedName(String rest, TypeWord typed, LawEntry law, String name) {
        if (rest.isEmpty()) {
            return typed.type() != null && law.type() == typed.type() ? 70 : 0;
        }
        if (rest.equals(name)) {
            return 95;
        }
        if (name.length() >= 3 && rest.startsWith(name)) {
            return 80 + 10.0 * name.length() / rest.length();
        }
        if (rest.length() >= 3 && name.contains(rest)) {
            return 60 + 25.0 * rest.length() / name.length();
        }
        if (rest.length() >= 4) {
            double similarity = dice(rest, name);
            if (similarity >= 0.5) {
                return 30 + 30 * similarity;
            }
        }
        return 0;
    }

    private static double byBareName(String m, String name) {
        if (name.length() >= 3 && m.equals(name)) {
            return 85;
        }
        if (m.length() >= 4 && m.length() <= 40 && name.contains(m)) {
            return 50 + 25.0 * m.length() / name.length();
        }
        return 0;
    }

    private static String stripAbout(String key) {
        return key.startsWith(ABOUT) ? key.substring(ABOUT.length()) : key;
    }

    /** Title without its year and edition, e.g. "พระราชบัญญัติล้มละลาย พุทธศักราช ๒๔๘๓" → "พระราชบัญญัติล้มละลาย". */
    static String titleWithoutYear(String title) {
        String t = title == null ? "" : EDITION.matcher(title).replaceAll(" ");
        return YEAR_AND_AFTER.matcher(t).replaceFirst("").strip();
    }

    private static String nameOf(String full, List<TypeWord> typeWords) {
        for (TypeWord t : typeWords) {
            if (t.type() != null && full.startsWith(t.key()) && full.length() > t.key().length()) {
                return stripAbout(full.substring(t.key().length()));
            }
        }
        return full;
    }

    /**
     * Instrument words and their dictionary abbreviations (พระราชบัญญัติ, พ.ร.บ., ประมวลกฎหมาย …), longest first,
     * plus the generic word for law, which names no type.
     */
    private static List<TypeWord> typeWords(List<ThaiAbbreviations.Entry> dictionary, ThaiAnalyzer analyzer) {
        Map<String, InstrumentType> byKey = new HashMap<>();
        for (InstrumentType type : InstrumentType.values()) {
            if (type != InstrumentType.OTHER) {
                byKey.put(analyzer.compactKey(type.thaiName()), type);
            }
        }
        // Codes are titled ประมวลกฎหมาย… except the Revenue Code, ประมวลรัษฎากร.
        byKey.put(analyzer.compactKey("ประมวล"), InstrumentType.CODE);
        for (ThaiAbbreviations.Entry entry : dictionary) {
            InstrumentType type = byKey.get(analyzer.compactKey(entry.expansion()));
            if (entry.abbreviation() && type != null) {
                entry.variants().forEach(v -> byKey.putIfAbsent(analyzer.compactKey(v), type));
            }
        }
        List<TypeWord> words = new ArrayList<>();
        byKey.forEach((key, type) -> words.add(new TypeWord(key, type)));
        words.add(new TypeWord(analyzer.compactKey(GENERIC), null));
        words.sort(Comparator.comparingInt((TypeWord w) -> w.key().length()).reversed());
        return words;
    }

    /** Dice coefficient of the character bigrams of two keys. */
    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            grams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 2 <= b.length(); i++) {
            Integer n = grams.get(b.substring(i, i + 2));
            if (n != null && n > 0) {
                shared++;
                grams.put(b.substring(i, i + 2), n - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }
}
