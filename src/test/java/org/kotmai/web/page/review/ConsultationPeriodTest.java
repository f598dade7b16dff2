package org.kotmai.web.page.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kotmai.web.BadRequestException;

class ConsultationPeriodTest {

    @Test
    void aPeriodRunsFromTheStartOfTheFirstDayToTheEndOfTheLastInThailand() {
        ConsultationPeriod period = ConsultationPeriod.of("2026-12-01", "2026-12-15");

        assertThat(period.start()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-12-15T17:00:00Z"));
        assertThat(ConsultationPeriod.firstDay(period.start())).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ConsultationPeriod.lastDay(period.end())).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void aSingleDayIsAPeriod() {
        ConsultationPeriod period = ConsultationPeriod.of("2026-12-01", " 2026-12-01 ");

        assertThat(ConsultationPeriod.lastDay(period.end())).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aLastDayBeforeTheFirstIsRefusedNamingTheEnd() {
        assertThatThrownBy(() -> ConsultationPeriod.of("2026-12-15", "2026-12-01"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("end"))
                .hasMessageContaining("2026-12-15");
    }

    @Test
    void aMissingOrMalformedDayIsRefusedNamingItsField() {
        assertThatThrownBy(() -> ConsultationPeriod.of(null, "2026-12-01"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("start"));
        assertThatThrownBy(() -> ConsultationPeriod.of("2026-12-01", "15/12/2569"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("end"))
                .hasMessageContaining("YYYY-MM-DD");
    }
}
