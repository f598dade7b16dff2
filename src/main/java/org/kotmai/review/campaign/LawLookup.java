package org.kotmai.review.campaign;

import java.util.List;
import java.util.Optional;

/** The catalogued laws an inventory item may rest on. */
interface LawLookup {

    /** A catalogued law: its id and title. */
    record Law(String id, String title) {
    }

    Optional<Law> byId(String id);

    /** Laws with exactly this title; more than one means the title alone is ambiguous. */
    List<Law> byTitle(String title);

    boolean hasProvision(String lawId, String canonicalNumber);
}
