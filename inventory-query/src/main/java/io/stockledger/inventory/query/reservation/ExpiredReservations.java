package io.stockledger.inventory.query.reservation;

import java.time.Instant;

/**
 * Query: ids of {@code RESERVED} reservations whose expiry is at or before {@code now}, soonest first.
 * Answer: {@code List<String>}.
 *
 * @param now   the current time
 * @param limit most ids to answer
 */
public record ExpiredReservations(Instant now, int limit) {
}
