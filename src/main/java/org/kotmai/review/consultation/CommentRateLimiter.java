package org.kotmai.review.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts comments per client address over a sliding window. Only the instants of the last comments are kept, and
 * clients idle for a whole window are forgotten, so memory stays bounded by the clients active in one window.
 */
@Component
class CommentRateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    @Autowired
    CommentRateLimiter(ConsultationProperties properties) {
        this(properties, Clock.systemUTC());
    }

    CommentRateLimiter(ConsultationProperties properties, Clock clock) {
        this.limit = properties.commentsPerClient();
        this.window = properties.window();
        this.clock = clock;
    }

    /** @return empty when the client may comment now (and counts it), else how long it must wait */
    Optional<Duration> acquire(String client) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        recent.values().removeIf(times -> idleSince(times, since));
        Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    private static boolean idleSince(Deque<Instant> times, Instant since) {
        synchronized (times) {
            return times.isEmpty() || !times.peekLast().isAfter(since);
        }
    }
}
