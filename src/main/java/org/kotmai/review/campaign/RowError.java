package org.kotmai.review.campaign;

/**
 * What is wrong with one place of an imported CSV.
 *
 * @param line   line of the file, counting from 1 (the header is line 1)
 * @param column the column's header name, or null when the whole line is at fault
 * @param fix    what is wrong and what to do
 */
public record RowError(int line, String column, String fix) {
}
