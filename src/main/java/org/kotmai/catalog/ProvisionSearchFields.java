package org.kotmai.catalog;

import java.util.ArrayList;
import java.util.List;

import org.kotmai.thai.StatuteBoilerplate;
import org.kotmai.thai.ThaiAnalyzer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives a provision's {@link SearchFields} from the fields it stores (text, law title, headings). The provisions
 * index keeps the four token fields indexed but not in {@code _source}, so whatever writes a provision from
 * something read back (an export, a migrated index) derives them again here, the same way an ingest does.
 */
@Component
public final class ProvisionSearchFields {

    /** The object in a stored provision that holds its {@link SearchFields}. */
    private static final String SEARCH = "search";

    private final ThaiAnalyzer analyzer;

    public ProvisionSearchFields(ThaiAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Words ({@link SearchFields#textTokens}) and character grams ({@link SearchFields#textGrams}) of a text. */
    public ThaiAnalyzer.IndexedText text(String provisionText) {
        return analyzer.forIndex(orEmpty(provisionText), SearchFields.GRAM_SIZE);
    }

    /** {@link SearchFields#titleTokens} of the law's title. */
    public String title(String lawTitle) {
        return analyzer.analyzedForIndex(orEmpty(lawTitle));
    }

    /**
     * {@link SearchFields#pathTokens} of the headings enclosing a provision. Provisions of one chapter share them, so
     * a caller mapping a whole law remembers the result per path.
     */
    public String headings(List<String> path) {
        return analyzer.analyzedForIndex(path == null ? "" : String.join("\n", path));
    }

    /** {@link SearchFields#boilerplate}: see {@link StatuteBoilerplate}. */
    public boolean boilerplate(String provisionText) {
        return StatuteBoilerplate.isBoilerplate(provisionText, analyzer);
    }

    /**
     * The provision with its four token fields derived from its text, title and path. Its boilerplate flag and law
     * size are kept; a provision with no search fields at all gets them derived too.
     *
     * @param lawSize the number of provisions of its law, used only when the provision has no search fields
     */
    public ProvisionDocument withTokens(ProvisionDocument provision, int lawSize) {
        SearchFields old = provision.search();
        ThaiAnalyzer.IndexedText text = text(provision.text());
        return provision.withSearch(new SearchFields(text.tokens(), text.grams(), title(provision.lawTitle()),
                headings(provision.path()), old == null ? boilerplate(provision.text()) : old.boilerplate(),
                old == null ? lawSize : old.lawSize()));
    }

    /**
     * Writes the four token fields into a stored provision as read from the index, leaving every other field,
     * known to {@link ProvisionDocument} or not, as it was.
     */
    public void fillTokens(ObjectNode provision) {
        String text = textOf(provision.get("text"));
        ThaiAnalyzer.IndexedText indexed = text(text);
        JsonNode existing = provision.get(SEARCH);
        ObjectNode search = existing instanceof ObjectNode object ? object : provision.putObject(SEARCH);
        search.put("textTokens", indexed.tokens());
        search.put("textGrams", indexed.grams());
        search.put("titleTokens", title(textOf(provision.get("lawTitle"))));
        search.put("pathTokens", headings(stringsOf(provision.get("path"))));
        if (!search.has("boilerplate")) {
            search.put("boilerplate", boilerplate(text));
        }
    }

    private static String textOf(JsonNode node) {
        return node == null || !node.isString() ? "" : node.asString();
    }

    private static List<String> stringsOf(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(element -> {
                if (element.isString()) {
                    out.add(element.asString());
                }
            });
        }
        return out;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
