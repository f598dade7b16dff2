package org.kotmai.statute;

import org.kotmai.catalog.InstrumentType;

/**
 * What the catalogue already knows about a text before it is parsed. Both fields are optional.
 *
 * @param expectedTitle title from the source's metadata (e.g. the Krisdika index, where it may carry
 *                      a trailing "(ฉบับ Update ล่าสุด)"), used to pick the main instrument among the
 *                      several title blocks of a consolidated text; null when unknown
 * @param expectedType  instrument type from the metadata, used when the title block names none;
 *                      null when unknown
 */
public record ParseHints(String expectedTitle, InstrumentType expectedType) {

    public static ParseHints none() {
        return new ParseHints(null, null);
    }
}
