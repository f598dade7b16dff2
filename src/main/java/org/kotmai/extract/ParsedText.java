package org.kotmai.extract;

import java.util.List;

/**
 * Raw output of one Tika parse.
 *
 * @param text     text as Tika produced it
 * @param charset  charset the parser decoded with, or null when the format carries its own
 * @param warnings what had to be guessed while parsing
 */
record ParsedText(String text, String charset, List<String> warnings) {
}
