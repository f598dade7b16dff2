package org.kotmai.review.template;

import java.util.List;

/**
 * One section of the printed report.
 *
 * @param include question ids, computed ids, or {@code decision}, printed in this order
 */
public record ReportSection(LocalizedText title, List<String> include, int line) {

    public ReportSection {
        include = List.copyOf(include);
    }
}
