package org.kotmai.web.page.publicsite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kotmai.search.SearchHit;
import org.kotmai.search.SearchResult;

/** The hits of a page grouped under their law, keeping the order of each law's best hit. */
final class ResultGroups {

    private ResultGroups() {
    }

    /** One law with its hits; {@code lawHit} is set when the law itself matched (its name or a missing number). */
    record Group(String lawId, String lawTitle, SearchHit lawHit, List<SearchHit> provisions) {
    }

    static List<Group> of(SearchResult result) {
        Map<String, List<SearchHit>> byLaw = new LinkedHashMap<>();
        for (SearchHit hit : result.hits()) {
            byLaw.computeIfAbsent(hit.lawId(), id -> new ArrayList<>()).add(hit);
        }
        List<Group> out = new ArrayList<>();
        byLaw.forEach((lawId, hits) -> {
            SearchHit lawHit = hits.stream().filter(h -> h.provision().isEmpty()).findFirst().orElse(null);
            out.add(new Group(lawId, hits.get(0).lawTitle(), lawHit,
                    hits.stream().filter(h -> !h.provision().isEmpty()).toList()));
        });
        return List.copyOf(out);
    }
}
