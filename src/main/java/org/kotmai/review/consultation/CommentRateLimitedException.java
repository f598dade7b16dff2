package org.kotmai.review.consultation;

import java.time.Duration;

/** One client sent too many comments too fast; answered as 429 with the seconds to wait in Retry-After. */
public class CommentRateLimitedException extends RuntimeException {

    private final Duration wait;

    CommentRateLimitedException(Duration wait) {
        super("Too many comments from your address; wait " + seconds(wait) + " seconds before sending another.");
        this.wait = wait;
    }

    public long retryAfterSeconds() {
        return seconds(wait);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
