package io.stockledger.inventory.api.web;

import io.stockledger.inventory.api.security.ForbiddenException;
import io.stockledger.inventory.api.security.Role;
import io.stockledger.inventory.command.common.InvalidValueException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

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
    /** How far in the past an {@code occurredAt} may lie without the ADMIN role (a late report, not a back-dating). */
    public static final Duration BACKDATING_TOLERANCE = Duration.ofMinutes(15);

    private BusinessTime() {
    }

    /**
     * @param occurredAt the caller's time or {@code null}
     * @param clock      the clock
     * @return the business time
     * @throws InvalidValueException when {@code occurredAt} lies in the future
     * @throws ForbiddenException   when it lies more than {@link #BACKDATING_TOLERANCE} in the past and the
     *                              caller is not ADMIN (back-dated changes, e.g. imports of history, are an
     *                              administrator's)
     */
    public static Instant of(Instant occurredAt, Clock clock) {
        Instant now = clock.instant();
        if (occurredAt == null) {
            return now;
        }
        if (occurredAt.isAfter(now.plus(SKEW))) {
            throw new InvalidValueException("occurredAt", "occurredAt must not be in the future");
        }
        if (occurredAt.isBefore(now.minus(BACKDATING_TOLERANCE)) && !isAdmin()) {
            throw new ForbiddenException("occurredAt more than " + BACKDATING_TOLERANCE.toMinutes()
                    + " minutes in the past (a back-dated change) needs the ADMIN role");
        }
        return occurredAt;
    }

    private static boolean isAdmin() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
    }
}
