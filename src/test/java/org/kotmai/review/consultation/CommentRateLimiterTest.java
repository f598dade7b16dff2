package org.kotmai.review.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class CommentRateLimiterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final CommentRateLimiter limiter =
            new CommentRateLimiter(new ConsultationProperties(3, Duration.ofMinutes(1), 5000, 100, 15), clock);

    @Test
    void aClientOverItsLimitIsToldHowLongToWait() {
        assertThat(limiter.acquire("10.0.0.1")).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.acquire("10.0.0.1")).isEmpty();
        assertThat(limiter.acquire("10.0.0.1")).isEmpty();

        assertThat(limiter.acquire("10.0.0.1")).contains(Duration.ofSeconds(50));
    }

    @Test
    void clientsAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
        }
        assertThat(limiter.acquire("10.0.0.2")).isEmpty();
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.acquire("10.0.0.1")).isEmpty();
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
        }
        for (int i = 0; i < 10; i++) {
            limiter.acquire("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(60));
        assertThat(limiter.acquire("10.0.0.1")).isEmpty();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
