package org.kotmai.web.page.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

class SearchFiltersTest {

    private final SearchFilters filters = new SearchFilters("ลา & คลอด", InstrumentType.ACT, null, null, null, null,
            null);

    @Test
    void aFacetValueNarrowsTheSearchAndKeepsTheOtherFilters() {
        assertThat(filters.with("lawStatus", "IN_FORCE"))
                .isEqualTo("/search?q=%E0%B8%A5%E0%B8%B2+%26+%E0%B8%84%E0%B8%A5%E0%B8%AD%E0%B8%94"
                        + "&type=ACT&status=IN_FORCE");
        assertThat(new SearchFilters("C++ ม.1", null, null, null, null, null, null).cleared())
                .isEqualTo("/search?q=C%2B%2B+%E0%B8%A1.1");
        assertThat(filters.with("yearBe", "2562")).endsWith("&type=ACT&yearFrom=2562&yearTo=2562");
        assertThat(filters.with("subjectGroups", "ภาษี")).contains("&subjectGroup=%E0%B8%A0");
    }

    @Test
    void anUnknownFacetValueIsDroppedRatherThanSent() {
        assertThat(filters.with("lawType", "<script>")).doesNotContain("type=").doesNotContain("script");
        assertThat(filters.with("yearBe", "twenty")).doesNotContain("year");
    }

    @Test
    void pagesAndClearingKeepTheQuery() {
        assertThat(filters.page(2)).endsWith("&type=ACT&page=2");
        assertThat(filters.cleared()).doesNotContain("type=");
        assertThat(filters.narrowed()).isTrue();
        assertThat(new SearchFilters("x", null, LawStatus.REPEALED, null, null, null, null).withQuery("y"))
                .isEqualTo("/search?q=y&status=REPEALED&page=0");
    }
}
