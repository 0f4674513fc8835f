package io.stockledger.inventory.api.security;

/** The caller made more writes than its rate allows: 429 {@code /problems/rate-limited} with {@code Retry-After}. */
public class RateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    /**
     * @param message           what was exceeded
     * @param retryAfterSeconds when to try again, in whole seconds (≥ 1)
     */
    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return seconds to wait before the next write, ≥ 1 */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
