package org.kotmai.statute;

import java.util.ArrayList;
import java.util.List;

/** An entry of the consolidation appendix being read: one amending instrument. */
final class AmendingActDraft {

    final String title;
    final List<Provision> provisions = new ArrayList<>();
    Integer footnote;
    String reasons;

    AmendingActDraft(String title) {
        this.title = title;
    }

    AmendingAct build() {
        return new AmendingAct(title, InstrumentTitles.yearBe(title), footnote, List.copyOf(provisions), reasons);
    }
}
