package org.kotmai.opendata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import org.kotmai.thai.CitedInstruments;

/**
 * The catalog's titles, to find which law a citation names. A cited name is compared from where it starts; the
 * longest catalogue title it begins with wins, so "พระราชบัญญัติลิขสิทธิ์ พ.ศ. ๒๕๓๗" is not taken for a shorter
 * title that happens to be its prefix. A name cited without its year matches only when one law has that name.
 */
final class LawTitles {

    private record Entry(String name, Eli eli) {
    }

    private final List<Entry> dated = new ArrayList<>();
    private final List<Entry> undated = new ArrayList<>();

    LawTitles(List<CatalogReader.LawIdentity> laws) {
        Map<String, List<Eli>> byName = new HashMap<>();
        for (CatalogReader.LawIdentity law : laws) {
            if (law.title() == null || law.type() == null) {
                continue;
            }
            String name = CitedInstruments.comparable(law.title());
            Eli eli = Eli.of(law.id(), law.type(), law.yearBe());
            dated.add(new Entry(name, eli));
            byName.computeIfAbsent(CitedInstruments.withoutYear(name), n -> new ArrayList<>()).add(eli);
        }
        byName.forEach((name, elis) -> {
            if (elis.size() == 1) {
                undated.add(new Entry(name, elis.get(0)));
            }
        });
    }

    /** The law whose name the text begins with. */
    Optional<Eli> named(String text) {
        String cited = CitedInstruments.comparable(text);
        Optional<Eli> exact = longestPrefix(dated, cited);
        return exact.isPresent() ? exact : longestPrefix(undated, cited);
    }

    private static Optional<Eli> longestPrefix(List<Entry> entries, String cited) {
        Entry best = null;
        for (Entry entry : entries) {
            if (cited.startsWith(entry.name()) && (best == null || entry.name().length() > best.name().length())) {
                best = entry;
            }
        }
        return Optional.ofNullable(best).map(Entry::eli);
    }
}
