package org.kotmai.opendata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.kotmai.catalog.InstrumentType;

/**
 * The ELI-style stable URI of a law: {@code /eli/th/{type}/{yearBe}/{slug}}, e.g. {@code /eli/th/act/2537/ลิขสิทธิ์}.
 * The type is the instrument type's URL name ({@link InstrumentType#slug()}), the year the BE year ({@value #UNDATED}
 * for a law whose year is unknown), and the slug the law id without its {@code type-year-} prefix: ids are already
 * stable and readable, so no transliteration is made. A provision adds {@code /sec/{number}} with the canonical
 * number's {@code /} written {@code -} and its spaces {@code _} ({@code 77/1} is {@code sec/77-1}, {@code 4 ทวิ}
 * is {@code sec/4_ทวิ}), the same spelling as the provision's Akoma Ntoso eId.
 *
 * @param type   the instrument type's URL name
 * @param year   the BE year, or {@value #UNDATED}
 * @param slug   the rest of the law id
 * @param lawId  the law this URI names
 */
record Eli(String type, String year, String slug, String lawId) {

    static final String UNDATED = "undated";

    static Eli of(String lawId, InstrumentType type, Integer yearBe) {
        String year = yearBe == null ? UNDATED : yearBe.toString();
        String prefix = type.slug() + "-" + (yearBe == null ? "" : yearBe + "-");
        String slug = lawId.startsWith(prefix) && lawId.length() > prefix.length()
                ? lawId.substring(prefix.length()) : lawId;
        return new Eli(type.slug(), year, slug, lawId);
    }

    /** The type named by an ELI's type segment. */
    static Optional<InstrumentType> typeOf(String segment) {
        for (InstrumentType type : InstrumentType.values()) {
            if (type.slug().equals(segment.toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The path, unencoded (Thai letters as they are). */
    String path() {
        return "/eli/th/" + type + "/" + year + "/" + slug;
    }

    /** The path with every segment percent-encoded, for headers and XML attributes that need a URI. */
    String encodedPath() {
        return "/eli/th/" + type + "/" + year + "/" + encode(slug);
    }

    String encodedSectionPath(String number) {
        return encodedPath() + "/sec/" + encode(sectionSegment(number));
    }

    /** A canonical provision number as an ELI segment and eId suffix: {@code 77/1} -> {@code 77-1}. */
    static String sectionSegment(String number) {
        return number.replace('/', '-').replace(' ', '_');
    }

    /** The canonical provision number an ELI segment stands for: {@code 77-1} -> {@code 77/1}. */
    static String numberOf(String segment) {
        return segment.replace('-', '/').replace('_', ' ');
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
