package org.kotmai.review.consultation;

import java.util.List;

/**
 * A consultation as the API shows it.
 *
 * @param open     whether it takes comments now
 * @param warnings advice about the period, e.g. shorter than the recommended minimum
 */
public record ConsultationView(Consultation consultation, boolean open, List<String> warnings) {

    public ConsultationView {
        warnings = List.copyOf(warnings);
    }
}
