package org.kotmai.review.template;

/**
 * Why a template file was rejected.
 *
 * @param file   file name inside the template folder
 * @param line   1-based line of the offending YAML node; 0 when the file could not be read at all
 * @param reason what is wrong and, where possible, what to write instead
 */
public record TemplateProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
