package org.kotmai.search;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One autocomplete entry.
 *
 * @param text      what to show and put in the search box
 * @param kind      LAW (a law's title) or CITATION (a provision of a law)
 * @param provision the provision number for a citation, "" for a law
 */
@Schema(description = "An autocomplete entry: a law's title, or a citation of one of its provisions")
public record Suggestion(String text, String kind, String lawId, String provision) {
}
