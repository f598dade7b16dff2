package org.kotmai.statute;

import java.util.List;

/**
 * An amending instrument appended after the main body of a consolidated text: its own title, its
 * commencement and transitional provisions, and its statement of reasons. Never part of the law's
 * own provisions.
 *
 * @param title      title as printed
 * @param yearBe     its BE year, or null
 * @param footnote   the footnote number attached to its title (gazette reference), or null
 * @param provisions its sections as printed in the appendix
 * @param reasons    its statement of reasons, or null
 */
public record AmendingAct(String title, Integer yearBe, Integer footnote, List<Provision> provisions, String reasons) {
}
