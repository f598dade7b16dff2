package org.kotmai.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kotmai.thai.ThaiDigits;

/**
 * Krisdika footnote markers such as {@code [๒๘๖]}: glued to section numbers, headings, list items or
 * words. The gazette's own {@code *} notes in older prints are left alone; only bracketed numbers
 * are markers.
 */
final class FootnoteMarkers {

    static final Pattern MARKER = Pattern.compile("\\[\\s*([0-9\\u0E50-\\u0E59]{1,4})\\s*\\]");

    private FootnoteMarkers() {
    }

    /** Marker numbers in order of appearance. */
    static List<Integer> numbers(CharSequence text) {
        List<Integer> out = new ArrayList<>();
        if (text.toString().indexOf('[') < 0) {
            return out;
        }
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(ThaiDigits.toArabic(m.group(1))));
        }
        return out;
    }

    /** The text without markers; a marker between two words leaves no double space. */
    static String strip(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        return SourceLines.collapse(MARKER.matcher(text).replaceAll(""));
    }
}
