package io.stockledger.inventory.api.webhook;

import java.time.Duration;

/**
 * The wait before the next attempt of a failed delivery: {@code initial × 2^(failures−1)}, at most {@code max},
 * times a jitter factor in [0.8, 1.2) (and still at most {@code max}), so that many failing deliveries do not
 * retry in lock step.
 *
 * @param initial the wait after the first failure
 * @param max     the longest wait
 */
public record Backoff(Duration initial, Duration max) {

    /**
     * @param failures attempts failed so far, ≥ 1
     * @param random   a uniform random number in [0, 1); 0.5 gives the plain exponential value
     * @return the wait before the next attempt
     */
    public Duration delay(int failures, double random) {
        long initialMillis = initial.toMillis();
        long maxMillis = max.toMillis();
        int shift = Math.min(Math.max(failures, 1) - 1, 40);
        long base = initialMillis > (maxMillis >> shift) ? maxMillis : Math.min(maxMillis, initialMillis << shift);
        long jittered = Math.round(base * (0.8 + 0.4 * random));
        return Duration.ofMillis(Math.min(jittered, maxMillis));
    }
}
