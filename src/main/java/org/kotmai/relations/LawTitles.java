package org.kotmai.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kotmai.thai.ThaiLegalReferences;

/**
 * The catalog's law titles keyed as citations are: a law cited with its year is the catalogued law of the same
 * title key and year; one cited without a year (codes, the constitution, "มาตรา ๕ แห่งพระราชบัญญัติยา") is the law
 * whose title it names, the longest such title when several fit, the latest when one title has several laws.
 */
final class LawTitles {

    /** A catalogued law as resolution sees it. */
    record Law(String id, String title, Integer yearBe) {
    }

    private final Map<String, String> byKeyAndYear = new HashMap<>();
    private final Map<String, Law> byKey = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final Set<String> ids;

    LawTitles(List<Law> laws) {
        List<String> allIds = new ArrayList<>();
        for (Law law : laws) {
            allIds.add(law.id());
            if (law.title() == null) {
                continue;
            }
            String key = ThaiLegalReferences.titleKey(law.title());
            Integer year = ThaiLegalReferences.titleYear(law.title());
            if (year != null) {
                byKeyAndYear.putIfAbsent(key + "@" + year, law.id());
            }
            byKey.merge(key, law, (a, b) -> later(a, b));
        }
        keys.addAll(byKey.keySet());
        // Longest first, so that ประมวลกฎหมายอาญาทหาร is preferred to ประมวลกฎหมายอาญา.
        keys.sort((a, b) -> b.length() - a.length());
        ids = Set.copyOf(allIds);
    }

    /** The catalog id of the law cited by this title key and year, or null when it is not catalogued. */
    String resolve(String key, Integer yearBe) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (yearBe != null) {
            return byKeyAndYear.get(key + "@" + yearBe);
        }
        for (String candidate : keys) {
            if (candidate.length() <= key.length() && ThaiLegalReferences.namesTitle(key, candidate)) {
                return byKey.get(candidate).id();
            }
        }
        return null;
    }

    boolean contains(String lawId) {
        return ids.contains(lawId);
    }

    Set<String> ids() {
        return ids;
    }

    private static Law later(Law a, Law b) {
        if (a.yearBe() == null) {
            return b;
        }
        return b.yearBe() != null && b.yearBe() > a.yearBe() ? b : a;
    }
}
