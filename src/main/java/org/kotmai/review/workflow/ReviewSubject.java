package org.kotmai.review.workflow;

import java.util.List;

/**
 * The law, provisions or draft under review.
 *
 * @param lawId      catalog id of the law or of the uploaded draft
 * @param provisions canonical provision numbers (Arabic digits, e.g. {@code 77/1}); only for
 *                   {@link SubjectKind#PROVISIONS}, empty otherwise
 */
public record ReviewSubject(SubjectKind kind, String lawId, List<String> provisions) {

    public ReviewSubject {
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
    }
}
