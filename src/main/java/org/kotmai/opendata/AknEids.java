package org.kotmai.opendata;

import java.util.Map;

import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.catalog.ProvisionIds;

/**
 * Akoma Ntoso element names and eIds. A มาตรา is a {@code <section>} with eId {@code sec_<number>}, a ข้อ an
 * {@code <article>} with {@code art_<number>}, the one unnumbered body of an old act an {@code <hcontainer
 * name="text">} with {@code hcontainer_text}. Provision eIds are not prefixed by their containers because Thai laws
 * number provisions once across the whole document (the AKN naming convention allows this), so a citation's eId
 * does not depend on the chapter. The number is the canonical one with {@code /} written {@code -} and spaces
 * {@code _} ({@code sec_77-1}, {@code sec_4_ทวิ}); a number printed twice in one law gets {@code -dup2} and so on,
 * as its catalog id gets {@code ~2}. Headings are hierarchical containers with hierarchical eIds
 * ({@code book_1__title_2__chp_3}).
 */
final class AknEids {

    /** AKN element and eId prefix for each structure heading kind of {@code org.kotmai.statute.StructureNode}. */
    private static final Map<String, Container> CONTAINERS = Map.of(
            "BOOK", new Container("book", "book"),
            "PART", new Container("part", "part"),
            "TITLE", new Container("title", "title"),
            "CHAPTER", new Container("chapter", "chp"),
            "DIVISION", new Container("division", "dvs"));

    /**
     * @param element the AKN element; {@code hcontainer} for headings AKN has no element for
     * @param prefix  its eId prefix
     */
    record Container(String element, String prefix) {
    }

    static final String CLAUSE_PREFIX = "art_";

    private AknEids() {
    }

    /** The container for a heading kind: BOOK, PART, TITLE, CHAPTER, DIVISION, or an hcontainer for the rest. */
    static Container container(String kind) {
        return CONTAINERS.getOrDefault(kind, new Container("hcontainer", "hcontainer"));
    }

    static String provisionElement(ProvisionDocument provision) {
        return switch (provision.kind()) {
            case "SECTION" -> "section";
            case "CLAUSE" -> "article";
            default -> "hcontainer";
        };
    }

    static String provision(ProvisionDocument provision) {
        String prefix = switch (provision.kind()) {
            case "SECTION" -> "sec";
            case "CLAUSE" -> "art";
            default -> "hcontainer";
        };
        String number = provision.number() == null || provision.number().isEmpty() ? "text"
                : Eli.sectionSegment(provision.number());
        String base = ProvisionIds.of(provision.lawId(), provision.number() == null ? "" : provision.number()) + "~";
        String duplicate = provision.id().startsWith(base) ? "-dup" + provision.id().substring(base.length()) : "";
        return prefix + "_" + number + duplicate;
    }
}
