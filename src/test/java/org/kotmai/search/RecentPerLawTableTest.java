package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kotmai.thai.ThaiAnalyzer;

class RecentPerLawTableTest {

    private static final ThaiAnalyzer ANALYZER = ThaiAnalyzer.createDefault();
    private final LawNames table = LawNames.build(List.of(), List.of(), ANALYZER);
    private final List<String> made = new ArrayList<>();
    private final RecentPerLawTable<String, String> recent = new RecentPerLawTable<>(2);

    private String make(String key) {
        made.add(key);
        return key + "#" + made.size();
    }

    @Test
    void aKeptValueIsMadeOnceForTheSameTable() {
        String first = recent.get("แพะ", table, this::make);

        assertThat(recent.get("แพะ", table, this::make)).isSameAs(first);
        assertThat(made).containsExactly("แพะ");
    }

    @Test
    void aNewTableEmptiesTheCache() {
        recent.get("แพะ", table, this::make);

        assertThat(recent.get("แพะ", LawNames.build(List.of(), List.of(), ANALYZER), this::make)).isEqualTo("แพะ#2");
        assertThat(made).containsExactly("แพะ", "แพะ");
    }

    @Test
    void theLeastRecentlyUsedMakesWayBeyondTheCapacity() {
        recent.get("แพะ", table, this::make);
        recent.get("ผึ้ง", table, this::make);
        recent.get("แพะ", table, this::make);
        recent.get("รัง", table, this::make);

        recent.get("แพะ", table, this::make);
        recent.get("ผึ้ง", table, this::make);

        assertThat(made).containsExactly("แพะ", "ผึ้ง", "รัง", "ผึ้ง");
    }
}
