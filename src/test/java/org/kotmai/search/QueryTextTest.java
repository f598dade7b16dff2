package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kotmai.web.BadRequestException;

class QueryTextTest {

    @Test
    void refusesEmptyAndOverlongQueriesNamingTheField() {
        assertThatThrownBy(() -> QueryText.clean("  ", 100)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("q: is empty");
        assertThatThrownBy(() -> QueryText.clean(null, 100)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> QueryText.clean("ก".repeat(101), 100)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("101 characters").hasMessageContaining("at most 100");
    }

    @Test
    void blanksUnpairedSurrogatesControlsAndNonCharacters() {
        assertThat(QueryText.clean("ก\uD800ข\u0000ค\uFFFF ง\uDC00", 100)).isEqualTo("ก ข ค ง");
    }

    @Test
    void keepsPairedSurrogatesAndCollapsesSpaces() {
        assertThat(QueryText.clean("ภาษี\t\t😀  ๗%", 100)).isEqualTo("ภาษี 😀 ๗%");
    }
}
