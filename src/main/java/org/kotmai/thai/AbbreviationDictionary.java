package org.kotmai.thai;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable abbreviation and alias dictionary parsed from TSV, and the rules for finding an
 * abbreviation in running text.
 *
 * <p>Format, one entry a line, columns separated by a tab; blank lines and lines starting with {@code #}
 * are ignored:
 * <pre>kind &lt;TAB&gt; variant|variant|… &lt;TAB&gt; expansion</pre>
 * {@code abbr} entries are protected from word segmentation and indexed as one token, the first variant
 * without its dots (พ.ร.บ.|พรบ → พรบ). {@code syn} entries are everyday words for a legal term
 * (เงินเดือน → ค่าจ้าง); like aliases they only expand queries. {@code alias} entries are everyday names of laws; they are only
 * used to expand queries.
 */
final class AbbreviationDictionary {

    enum Kind {
        ABBR, ALIAS, SYN
    }

    record Entry(Kind kind, List<String> variants, String expansion, String token) {
    }

    record Match(int length, String token) {
    }

    /**
     * @param caseless the variant has only characters no other character case-folds to (Thai, digits,
     *                 punctuation), so that an exact comparison finds what a case-insensitive one would, faster
     */
    private record Variant(String text, String token, boolean caseless) {

        Variant(String text, String token) {
            this(text, token, text.chars().allMatch(c -> ThaiChars.isThai((char) c) || c == '.' || c == ' '
                    || (c >= '0' && c <= '9')));
        }
    }

    private final List<Entry> entries;
    private final Map<Character, List<Variant>> variantsByFirstChar;
    /**
     * Every character whose lowercase begins a variant: the tokenizer asks at every position of a text, nearly
     * always in vain, and this answers without lowercasing or boxing the character.
     */
    private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);

    private AbbreviationDictionary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<Character, List<Variant>> index = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.kind() == Kind.ABBR) {
                for (String variant : entry.variants()) {
                    index.computeIfAbsent(variant.charAt(0), c -> new ArrayList<>())
                            .add(new Variant(variant, entry.token()));
                }
            }
        }
        // Longest first, so that "พ.ร.บ." wins over "พ.ร.บ" and "ป.วิ.พ." over a shorter prefix.
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Variant v) -> v.text().length()).reversed()));
        this.variantsByFirstChar = Map.copyOf(index);
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (index.containsKey(Character.toLowerCase((char) c))) {
                firstChars.set(c);
            }
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * Parses dictionary content.
     *
     * @param source names the content in error messages, e.g. the file name
     * @throws IllegalArgumentException naming the source and line of the first malformed entry
     */
    static AbbreviationDictionary parse(String tsv, String source) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> variantLines = new HashMap<>();
        Map<String, Integer> tokenLines = new HashMap<>();
        String[] lines = tsv.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                throw error(source, lineNo, "expected 3 tab-separated columns (kind, variants, expansion) but found "
                        + columns.length);
            }
            Kind kind = kind(columns[0].strip(), source, lineNo);
            String expansion = columns[2].strip();
            if (expansion.isEmpty()) {
                throw error(source, lineNo, "the expansion (third column) is empty");
            }
            List<String> variants = new ArrayList<>();
            for (String raw : columns[1].split("\\|", -1)) {
                String variant = raw.strip().toLowerCase(Locale.ROOT);
                if (variant.isEmpty()) {
                    throw error(source, lineNo, "an empty variant in \"" + columns[1] + "\"; separate variants with"
                            + " a single |");
                }
                Integer earlier = variantLines.putIfAbsent(variant, lineNo);
                if (earlier != null) {
                    throw error(source, lineNo, "variant \"" + variant + "\" is already defined on line " + earlier);
                }
                variants.add(variant);
            }
            String token = variants.get(0).replace(".", "");
            if (kind == Kind.ABBR) {
                if (token.isEmpty()) {
                    throw error(source, lineNo, "the first variant has no letters to form a token");
                }
                Integer earlier = tokenLines.putIfAbsent(token, lineNo);
                if (earlier != null) {
                    throw error(source, lineNo, "token \"" + token + "\" is already produced by line " + earlier);
                }
            }
            entries.add(new Entry(kind, List.copyOf(variants), expansion, token));
        }
        return new AbbreviationDictionary(entries);
    }

    private static Kind kind(String column, String source, int lineNo) {
        return switch (column) {
            case "abbr" -> Kind.ABBR;
            case "alias" -> Kind.ALIAS;
            case "syn" -> Kind.SYN;
            default -> throw error(source, lineNo, "unknown kind \"" + column + "\"; use abbr, alias or syn");
        };
    }

    private static IllegalArgumentException error(String source, int lineNo, String problem) {
        return new IllegalArgumentException(source + " line " + lineNo + ": " + problem);
    }

    /**
     * The abbreviation starting at {@code pos}, or null. Matching is case-insensitive for Latin letters.
     * A variant that begins with a Thai letter must not continue a Thai word, except a dotted one, which
     * cannot be mistaken for a word ("ตามพ.ร.บ." holds พ.ร.บ.). One consonant and a dot (ม., ว.) is a
     * citation prefix only when a number follows, because a Thai word may end in that consonant before
     * a full stop.
     */
    Match matchAt(String text, int pos) {
        if (!firstChars.get(text.charAt(pos))) {
            return null;
        }
        List<Variant> candidates = variantsByFirstChar.get(Character.toLowerCase(text.charAt(pos)));
        if (candidates == null) {
            return null;
        }
        boolean continuesWord = pos > 0 && ThaiChars.isThaiLetter(text.charAt(pos - 1));
        for (Variant variant : candidates) {
            String v = variant.text();
            if (!text.regionMatches(!variant.caseless(), pos, v, 0, v.length())) {
                continue;
            }
            boolean dotted = v.indexOf('.') >= 0;
            boolean thaiStart = ThaiChars.isThaiLetter(v.charAt(0));
            if (thaiStart && continuesWord && (!dotted || isCitationPrefix(v))) {
                continue;
            }
            if (isCitationPrefix(v) && !numberFollows(text, pos + v.length())) {
                continue;
            }
            return new Match(v.length(), variant.token());
        }
        return null;
    }

    private static boolean isCitationPrefix(String variant) {
        return variant.length() == 2 && variant.charAt(1) == '.';
    }

    private static boolean numberFollows(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && ThaiDigits.isDigit(text.charAt(i));
    }
}
