/**
 * Statute parsing: turns one repaired legal text into a {@link org.kotmai.statute.ParsedLaw}.
 *
 * <p>Entry point: {@link org.kotmai.statute.StatuteParser#parse(String, ParseHints)}. The pipeline is
 * {@code SourceLines} (CR LF wraps joined into paragraphs, empty lines counted, horizontal rules
 * recognised) → {@code FootnoteParser} (the numbered list after the body, with
 * {@code GazetteRefParser}) → {@code HeaderBlock} (every block printed above a rule: titles, book and
 * chapter headings, schedule captions) → {@code MainInstrument} (which title the text is about) →
 * {@code Assembly}, one pass that routes each line to the promulgating act, the main instrument, a
 * schedule, or an amending instrument of the consolidation appendix.
 *
 * <p>Texts that are not legal instruments (no title block, no provisions) raise
 * {@link org.kotmai.statute.NotALegalInstrumentException}; anything the parser reads but cannot place
 * is reported in {@link org.kotmai.statute.ParsedLaw#warnings()} instead of failing.
 */
package org.kotmai.statute;
