package org.kotmai.extract;

import java.nio.file.Path;

/**
 * One generated hostile input and what extracting it must produce.
 *
 * @param name            file name, saying what is wrong with it
 * @param path            where it was written
 * @param expectedFailure the reason extraction must fail with, or null when extraction must
 *                        succeed (a non-legal text extracts fine; the statute parser flags it)
 * @param expectsWarning  for successful extractions: whether a warning naming the file is due
 * @param statuteText     for successful extractions: whether the text is the synthetic statute of
 *                        {@link SampleDocuments#THAI_LINES} (false: text a statute parser must
 *                        reject as not a law, such as a recipe)
 */
public record HostileFile(String name, Path path, FailureReason expectedFailure, boolean expectsWarning,
                          boolean statuteText) {

    public boolean shouldExtract() {
        return expectedFailure == null;
    }
}
