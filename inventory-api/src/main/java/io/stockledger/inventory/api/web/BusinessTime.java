package io.stockledger.inventory.api.web;

import io.stockledger.inventory.command.common.InvalidValueException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The business time of a change: the caller's {@code occurredAt} when given (back-dating, e.g. replaying
 * a shop's history; not in the future beyond {@link #SKEW}), else now.
 */
public final class BusinessTime {

    /** Clock skew tolerated for a caller's {@code occurredAt}. */
    public static final Duration SKEW = Duration.ofSeconds(5);

    private BusinessTime() {
    }

    /**
     * @param occurredAt the caller's time or {@code null}
     * @param clock      the clock
     * @return the business time
     * @throws InvalidValueException when {@code occurredAt} lies in the future
     */
    public static Instant of(Instant occurredAt, Clock clock) {
        Instant now = clock.instant();
        if (occurredAt == null) {
            return now;
        }
        if (occurredAt.isAfter(now.plus(SKEW))) {
            throw new InvalidValueException("occurredAt", "occurredAt must not be in the future");
        }
        return occurredAt;
    }
}
